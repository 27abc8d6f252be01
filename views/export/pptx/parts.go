package pptx

// The fixed parts of a deck. A theme, a slide master and one "title only"
// layout are the least PowerPoint accepts without offering a repair; the
// notes master is what speaker notes hang on.

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const (
	ns    = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"`
	ctPML = "application/vnd.openxmlformats-officedocument.presentationml"
	relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

	typMaster      = relNS + "slideMaster"
	typLayout      = relNS + "slideLayout"
	typTheme       = relNS + "theme"
	typSlide       = relNS + "slide"
	typImage       = relNS + "image"
	typNotes       = relNS + "notesSlide"
	typNotesMaster = relNS + "notesMaster"
	typPresProps   = relNS + "presProps"
	typTableStyles = relNS + "tableStyles"
)

const contentTypesHead = xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Default Extension="png" ContentType="image/png"/>` +
	`<Default Extension="svg" ContentType="image/svg+xml"/>` +
	`<Override PartName="/ppt/presentation.xml" ContentType="` + ctPML + `.presentation.main+xml"/>` +
	`<Override PartName="/ppt/presProps.xml" ContentType="` + ctPML + `.presProps+xml"/>` +
	`<Override PartName="/ppt/tableStyles.xml" ContentType="` + ctPML + `.tableStyles+xml"/>` +
	`<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="` + ctPML + `.slideMaster+xml"/>` +
	`<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="` + ctPML + `.slideLayout+xml"/>` +
	`<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="` + ctPML + `.notesMaster+xml"/>` +
	`<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>` +
	`<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`

const rootRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relNS + `officeDocument" Target="ppt/presentation.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relNS + `extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const coreXML = xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
	`<dc:title>%s</dc:title><dc:creator>AI Camps</dc:creator></cp:coreProperties>`

const appXML = xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>AI Camps</Application><Slides>%d</Slides></Properties>`

const presentationXML = xmlHead + `<p:presentation ` + ns + ` saveSubsetFonts="1">` +
	`<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
	`<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>` +
	`<p:sldIdLst>%s</p:sldIdLst>` +
	`<p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`

const presProps = xmlHead + `<p:presentationPr ` + ns + `/>`

const tableStyles = xmlHead + `<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`

const group = `<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
	`<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>`

const clrMap = `bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"`

const titlePh = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>` +
	`<p:spPr><a:xfrm><a:off x="355600" y="254000"/><a:ext cx="11480800" cy="444500"/></a:xfrm></p:spPr>` +
	`<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>`

const slideMaster = xmlHead + `<p:sldMaster ` + ns + `><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>` +
	`<p:spTree>` + group + titlePh + `</p:spTree></p:cSld>` +
	`<p:clrMap ` + clrMap + `/>` +
	`<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>` +
	`<p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="2800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/></a:defRPr></a:lvl1pPr></p:titleStyle>` +
	`<p:bodyStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:defRPr></a:lvl1pPr></p:bodyStyle>` +
	`<p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>`

const slideLayout = xmlHead + `<p:sldLayout ` + ns + ` type="titleOnly" preserve="1"><p:cSld name="Title Only">` +
	`<p:spTree>` + group + titlePh + `</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`

const notesMaster = xmlHead + `<p:notesMaster ` + ns + `><p:cSld><p:spTree>` + group +
	`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>` +
	`<p:spPr><a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>` +
	`<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr>` +
	`<p:spPr><a:xfrm><a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
	`<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>` +
	`</p:spTree></p:cSld><p:clrMap ` + clrMap + `/>` +
	`<p:notesStyle><a:lvl1pPr><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>`

// slideXML: title x, y, cx, cy, lang, title; picture description; SVG
// extension; picture x, y, cx, cy.
const slideXML = xmlHead + `<p:sld ` + ns + `><p:cSld><p:spTree>` + group +
	`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>` +
	`<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm></p:spPr>` +
	`<p:txBody><a:bodyPr anchor="t"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="%s"/><a:t>%s</a:t></a:r></a:p></p:txBody></p:sp>` +
	`<p:pic><p:nvPicPr><p:cNvPr id="3" name="Picture" descr="%s"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
	`<p:blipFill><a:blip r:embed="rId2">%s</a:blip><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
	`<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>` +
	`</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`

// svgExt points PowerPoint (2016 and later) at the SVG; others use the PNG.
const svgExt = `<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rId4"/></a:ext></a:extLst>`

const notesXML = xmlHead + `<p:notes ` + ns + `><p:cSld><p:spTree>` + group +
	`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>` +
	`<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>` +
	`<p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>` +
	`</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`

const fill = `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`
const line = `<a:ln w="9525">` + fill + `</a:ln>`

const fonts = `<a:latin typeface="Calibri"/><a:ea typeface="WenQuanYi Micro Hei"/><a:cs typeface=""/>`

const theme = xmlHead + `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="AI Camps"><a:themeElements>` +
	`<a:clrScheme name="AI Camps"><a:dk1><a:srgbClr val="1F2430"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>` +
	`<a:dk2><a:srgbClr val="5B6275"/></a:dk2><a:lt2><a:srgbClr val="F3F4F6"/></a:lt2>` +
	`<a:accent1><a:srgbClr val="0072B2"/></a:accent1><a:accent2><a:srgbClr val="D55E00"/></a:accent2>` +
	`<a:accent3><a:srgbClr val="009E73"/></a:accent3><a:accent4><a:srgbClr val="CC79A7"/></a:accent4>` +
	`<a:accent5><a:srgbClr val="E69F00"/></a:accent5><a:accent6><a:srgbClr val="56B4E9"/></a:accent6>` +
	`<a:hlink><a:srgbClr val="0072B2"/></a:hlink><a:folHlink><a:srgbClr val="CC79A7"/></a:folHlink></a:clrScheme>` +
	`<a:fontScheme name="AI Camps"><a:majorFont>` + fonts + `</a:majorFont><a:minorFont>` + fonts + `</a:minorFont></a:fontScheme>` +
	`<a:fmtScheme name="AI Camps"><a:fillStyleLst>` + fill + fill + fill + `</a:fillStyleLst>` +
	`<a:lnStyleLst>` + line + line + line + `</a:lnStyleLst>` +
	`<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
	`<a:bgFillStyleLst>` + fill + fill + fill + `</a:bgFillStyleLst></a:fmtScheme>` +
	`</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
