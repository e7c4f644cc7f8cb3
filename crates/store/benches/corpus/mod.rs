//! The bench corpus's articles as the store receives them: documents with their extractions.
//! Shared by the store's benches (a folder, so that cargo does not take it for a bench itself).

use allegiance_benchdata::Article;
use allegiance_extract::{DocMeta, Extraction, Extractor};
use allegiance_read::{Document, DocumentHeader};

/// Each article as a document (its id, title and text) with what `extractor` finds in it.
pub fn extracted(
    articles: impl IntoIterator<Item = Article>,
    extractor: &Extractor,
) -> Vec<(Document, Extraction)> {
    articles
        .into_iter()
        .map(|a| {
            let doc = Document {
                header: DocumentHeader {
                    doc: a.id.clone(),
                    path: "bench".into(),
                    title: a.title,
                    ..Default::default()
                },
                text: a.text,
                ..Document::default()
            };
            let ex = extractor.extract(&doc.text, &DocMeta::default());
            (doc, ex)
        })
        .collect()
}
