"""Documents: PDF (reportlab, pypdf), .xlsx and calendar writers. Pure: data in, bytes or file out."""
