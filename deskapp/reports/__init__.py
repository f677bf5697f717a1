"""Documents and files for people outside the app: exports now, PDFs to come. No Qt."""
