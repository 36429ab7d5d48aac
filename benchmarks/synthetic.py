"""Generate a synthetic ~100-page negotiation draft as a real .docx (auto-numbering, footnotes)."""

from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTICIPLES = ["Recalling", "Reaffirming", "Recognizing", "Noting with concern", "Welcoming"]
VERBS = ["Decides", "Requests", "Calls upon", "Encourages", "Invites", "Urges", "Notes"]
PARTIES = ["EU", "G77", "US", "AOSIS", "LMDC", "AGN", "Russian Federation", "UK", "Japan"]
WORDS = [
    "digital",
    "cooperation",
    "development",
    "connectivity",
    "inclusive",
    "governance",
    "multistakeholder",
    "capacity",
    "building",
    "technology",
    "transfer",
    "financing",
    "human",
    "rights",
    "gender",
    "equality",
    "data",
    "artificial",
    "intelligence",
    "information",
    "society",
    "implementation",
    "review",
    "follow-up",
    "national",
    "regional",
    "international",
    "organizations",
    "private",
    "sector",
    "civil",
    "society",
    "academia",
    "community",
    "infrastructure",
    "affordable",
    "meaningful",
    "access",
    "skills",
    "literacy",
    "security",
    "trust",
    "resilience",
]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="{R}/footnotes" Target="footnotes.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"""
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _bracketed(rng: random.Random, depth: int) -> tuple[str, int]:
    """Bracketed text nested up to ``depth``; returns the text and how many groups it has."""
    inner, groups = _sentence(rng, rng.randint(2, 6)), 1
    if depth > 1 and rng.random() < 0.45:
        nested, n = _bracketed(rng, depth - 1)
        inner = f"{inner} {nested} {_sentence(rng, 2)}"
        groups += n
    if rng.random() < 0.2:
        inner += f" - {rng.choice(PARTIES)}; {rng.choice(PARTIES)} delete"
    return f"[{inner}]", groups


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(runs: str, *, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    ppr = ""
    if style or num:
        numpr = (
            f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
            if num
            else ""
        )
        pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
        ppr = f"<w:pPr>{pstyle}{numpr}</w:pPr>"
    return f"<w:p>{ppr}{runs}</w:p>"


def make_big_docx(*, paragraphs: int = 300, brackets: int = 2000, seed: int = 7) -> bytes:
    """A ~100-page draft: PPs, numbered OPs with (a)/(i) levels, headings, footnotes, brackets."""
    rng = random.Random(seed)
    body: list[str] = [_para(_run("The General Assembly,"))]
    footnotes: list[str] = []
    per_para = brackets / paragraphs
    made = 0
    for i in range(paragraphs):
        if i < 30:
            lead, num, style = rng.choice(PARTICIPLES), None, None
        elif i % 40 == 30:
            body.append(_para(_run(_sentence(rng, 4).title()), num=(2, 0), style="Heading1"))
            lead, num, style = rng.choice(VERBS), (1, 0), None
        else:
            level = 0 if rng.random() < 0.6 else (1 if rng.random() < 0.75 else 2)
            lead, num, style = rng.choice(VERBS) if level == 0 else "", (1, level), None
        runs = [_run(f"{lead} {_sentence(rng, rng.randint(40, 70))} ")]
        target = int((i + 1) * per_para) - made
        for _ in range(max(0, target)):
            text, n = _bracketed(rng, 4)
            made += n
            runs.append(_run(f"{text} {_sentence(rng, rng.randint(3, 10))} "))
            if made >= int((i + 1) * per_para):
                break
        if i % 7 == 0:
            fid = len(footnotes) + 1
            footnotes.append(
                f'<w:footnote w:id="{fid}"><w:p>{_run(f"See document A/80/{fid}.")}</w:p>'
                "</w:footnote>"
            )
            runs.append(f'<w:r><w:footnoteReference w:id="{fid}"/></w:r>')
        runs.append(_run(";" if num else ","))
        body.append(_para("".join(runs), num=num, style=style))
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>'
        f"{''.join(footnotes)}</w:footnotes>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/_rels/document.xml.rels", DOC_RELS)
        zf.writestr("word/document.xml", document)
        zf.writestr("word/styles.xml", STYLES)
        zf.writestr("word/numbering.xml", NUMBERING)
        zf.writestr("word/footnotes.xml", notes)
    return buf.getvalue()
