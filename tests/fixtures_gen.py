"""Generate import fixtures: .md, cp1252 .html with navigation noise, a text-layer .pdf and a .docx."""

from __future__ import annotations

from pathlib import Path

NL_TITLE = "Ministerraad keurt plan voor digitale douane goed"
NL_BODY = [
    "De Ministerraad heeft vandaag op voorstel van minister van Financiën Jan Jambon een plan goedgekeurd om de "
    "douane in de haven van Antwerpen volledig te digitaliseren tegen eind 2020.",
    "Het plan kost 18,5 miljoen euro en levert volgens de FOD Financiën 250 nieuwe banen op.",
]
FR_TITLE = "Le Conseil des ministres approuve un plan pour une douane numérique"
FR_BODY = [
    "Le Conseil des ministres a approuvé aujourd'hui, sur proposition du ministre des Finances Jan Jambon, un plan "
    "visant à numériser entièrement la douane dans le port d'Anvers d'ici la fin de 2020.",
    "Le plan coûte 18,5 millions d'euros et créera selon le SPF Finances 250 nouveaux emplois.",
]


def write_md(path: Path) -> Path:
    body = "\n\n".join(NL_BODY)
    path.write_text(
        f"**FOD Financiën**\n\n# {NL_TITLE}\n\nBrussel, 14 maart 2019\n\n{body}\n\n- eerste punt van het plan\n"
        "- tweede punt van het plan\n",
        encoding="utf-8",
    )
    return path


def write_html_cp1252(path: Path) -> Path:
    paragraphs = "".join(f"<p>{p}</p>" for p in FR_BODY)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>SPF Finances | Actualités</title></head>
<body>
<div class="cookie-banner">Ce site utilise des cookies. <a href="#">Accepter</a></div>
<header><div class="logo">Belgique .be</div><nav><ul><li><a href="/">Accueil</a></li><li><a href="/news">Actualités
</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="breadcrumb">Accueil &gt; Actualités &gt; Communiqués</div>
<main><article>
<p class="kicker">Communiqué de presse</p>
<h1>{FR_TITLE}</h1>
<p class="date">Jeudi 14 mars 2019</p>
{paragraphs}
</article></main>
<aside class="related"><h2>À lire aussi</h2><ul><li>Autre communiqué du 3 janvier 2017</li></ul></aside>
<footer><p>© SPF Finances 2019 — Mentions légales — Accessibilité</p></footer>
</body></html>"""
    path.write_bytes(page.encode("cp1252"))
    return path


def _pdf_escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, lines: list[str] | None = None) -> Path:
    """A one-page PDF with a real text layer (Helvetica, WinAnsiEncoding), built by hand."""
    if lines is None:
        lines = ["FOD Financi\u00ebn", "", NL_TITLE, "", "Brussel, 14 maart 2019", ""]
        for paragraph in NL_BODY:
            words, current = paragraph.split(), ""
            for word in words:
                if len(current) + len(word) > 90:
                    lines.append(current)
                    current = word
                else:
                    current = f"{current} {word}".strip()
            lines += [current, ""]
    return write_pdf_pages(path, [lines])


def write_pdf_pages(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with one page per list of lines, each a real text layer."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font = 3 + 2 * len(pages)
    kids = []
    for lines in pages:
        content = b"BT /F1 10 Tf 40 800 Td 12 TL\n"
        for line in lines:
            content += b"(" + _pdf_escape(line) + b") Tj T*\n"
        content += b"ET"
        page_number = len(objects) + 1
        kids.append(f"{page_number} 0 R".encode())
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
            + f"{page_number + 1} 0 R".encode()
            + b" /Resources << /Font << /F1 "
            + f"{font} 0 R".encode()
            + b" >> >> >>"
        )
        objects.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count " + str(len(pages)).encode() + b" >>"
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    path.write_bytes(pdf_bytes(objects))
    return path


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalog), with its cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def write_blank_pdf(path: Path) -> Path:
    return write_pdf(path, lines=[])


def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("SPF Finances")
    document.add_heading(FR_TITLE, level=1)
    document.add_paragraph("Bruxelles, le 14 mars 2019")
    for paragraph in FR_BODY:
        document.add_paragraph(paragraph)
    document.add_paragraph("premier point du plan", style="List Bullet")
    document.save(str(path))
    return path


def write_page_docx(path: Path) -> Path:
    """tests/fixtures/pages/14-*.docx: a FOD release as Word sends it (kicker, dateline, Title style,
    a table of figures, a list, a closing press contact)."""
    import docx

    document = docx.Document()
    document.add_paragraph("PERSBERICHT VAN DE FOD FINANCIËN")
    document.add_paragraph("Brussel, 12 januari 2024")
    document.add_paragraph("Meer belastingplichtigen kiezen voor de vereenvoudigde aangifte", style="Title")
    document.add_paragraph(
        "Vorig jaar hebben 3,1 miljoen belastingplichtigen een voorstel van vereenvoudigde aangifte ontvangen. "
        "Ruim 92 procent van hen heeft het voorstel zonder wijzigingen aanvaard."
    )
    document.add_paragraph("De spreiding over de gewesten ziet er als volgt uit:")
    table = document.add_table(rows=4, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Gewest", "Voorstellen", "Aanvaard"),
            ("Vlaams Gewest", "1.812.400", "93 %"),
            ("Waals Gewest", "998.105", "91 %"),
            ("Brussels Hoofdstedelijk Gewest", "289.660", "89 %"),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("Wie een voorstel ontvangt, kan het nakijken via MyMinfin.", style="List Bullet")
    document.add_paragraph("Wie niets wijzigt, hoeft niets terug te sturen.", style="List Bullet")
    document.add_paragraph(
        "De FOD Financiën herinnert eraan dat de uiterste datum voor de papieren aangifte 30 juni 2024 is."
    )
    document.add_paragraph("Perscontact")
    document.add_paragraph("Woordvoerder FOD Financiën")
    document.add_paragraph("pers@minfin.fed.be")
    document.save(str(path))
    return path


def write_page_pdf(path: Path) -> Path:
    """tests/fixtures/pages/15-*.pdf: a French release printed to PDF, its lines wrapped by the page."""
    text = [
        "Communiqué de presse",
        "SPF Intérieur",
        "",
        "Bruxelles, le 8 mars 2023",
        "",
        "Élections de 2024 : les communes recevront le matériel de vote électronique en mai",
        "",
        "Le SPF Intérieur livrera à partir du 6 mai 2024 les 14.500 ordinateurs de vote aux 209 communes",
        "qui votent électroniquement. Chaque commune recevra également une formation pour ses présidents",
        "de bureau.",
        "",
        "Les communes qui votent sur papier recevront leurs bulletins au plus tard trois semaines avant",
        "le scrutin. Le coût total de l'organisation est estimé à 32,7 millions d'euros.",
        "",
        "La ministre de l'Intérieur rappelle que le vote reste obligatoire pour les Belges inscrits.",
    ]
    return write_pdf_pages(path, [text])


if __name__ == "__main__":  # python -m tests.fixtures_gen: rebuild the binary page fixtures
    pages = Path(__file__).parent / "fixtures" / "pages"
    write_page_docx(pages / "14-fod-financien-word.nl.docx")
    write_page_pdf(pages / "15-spf-interieur-print.fr.pdf")
