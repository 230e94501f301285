//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words: maximal runs of alphanumeric
/// characters (Unicode-aware, see `char::is_alphanumeric`); everything else
/// separates words.
pub fn tokenize(text: &str) -> Vec<String> {
    todo!("tokenize {text:?}")
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    todo!("intersect {a:?} and {b:?}")
}

pub struct Index {
    // Add your fields here: for each term, its posting list.
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        todo!("index {} documents", docs.len())
    }

    /// Ids of the documents containing every word of `query` (tokenized like
    /// the documents), in increasing order. A query without words matches
    /// nothing.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        todo!("search {query:?}")
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest
    /// first, equal scores by increasing id. With N documents, a document's
    /// score is the sum over the distinct query terms t of
    /// `tf(t, d) * (1 + ln(N / df(t)))`, where tf(t, d) is how often t occurs
    /// in d and df(t) is how many documents contain t.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        todo!("rank {query:?}")
    }
}
