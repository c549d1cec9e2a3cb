"""Full-text and trigram indexes for cross-article matching (PostgreSQL only; SQLite matches by scan)."""
from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE claims_claim ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX claim_search_gin ON claims_claim USING GIN (search)",
    "CREATE INDEX claim_text_trgm ON claims_claim USING GIN (text gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS claim_text_trgm",
    "DROP INDEX IF EXISTS claim_search_gin",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)
    return apply


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_articleversion_pdf_links")]
    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
