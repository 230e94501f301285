// learner: slow
// idiom: Visual FoxPro database developer: proper two-pointer intersection for search, but ranked fetches each hit's term frequency with a LOCATE FOR doc = hit over the whole postings table, for every hit and every term.
// why: Index::ranked is O(q * r * p) (a linear scan of a posting list per (hit, term)) vs the O(q p + r log r) target; intersect and search are optimal.
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut la_words: Vec<String> = Vec::new();
    let mut lc_word = String::new();
    for lc_char in text.chars() {
        if lc_char.is_alphanumeric() {
            lc_word.push(lc_char);
        } else if !lc_word.is_empty() {
            la_words.push(lc_word.to_lowercase());
            lc_word = String::new();
        }
    }
    if !lc_word.is_empty() {
        la_words.push(lc_word.to_lowercase());
    }
    la_words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut la_out = Vec::new();
    let mut ln_i = 0;
    let mut ln_j = 0;
    while ln_i < a.len() && ln_j < b.len() {
        if a[ln_i] < b[ln_j] {
            ln_i += 1;
        } else if a[ln_i] > b[ln_j] {
            ln_j += 1;
        } else {
            la_out.push(a[ln_i]);
            ln_i += 1;
            ln_j += 1;
        }
    }
    la_out
}

pub struct Index {
    idx_postings: HashMap<String, Vec<(DocId, u32)>>,
    ln_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut idx_postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for ln_doc in 0..docs.len() {
            for lc_word in tokenize(docs[ln_doc]) {
                let la_rows = idx_postings.entry(lc_word).or_insert_with(Vec::new);
                let ln_last = la_rows.len();
                if ln_last > 0 && la_rows[ln_last - 1].0 == ln_doc {
                    la_rows[ln_last - 1].1 += 1;
                } else {
                    la_rows.push((ln_doc, 1));
                }
            }
        }
        Index { idx_postings, ln_docs: docs.len() }
    }

    fn query_terms(query: &str) -> Vec<String> {
        let mut la_terms = tokenize(query);
        la_terms.sort();
        la_terms.dedup();
        la_terms
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let la_terms = Self::query_terms(query);
        if la_terms.is_empty() {
            return Vec::new();
        }
        let mut la_hits: Vec<DocId> = Vec::new();
        for (ln_k, lc_term) in la_terms.iter().enumerate() {
            let la_ids: Vec<DocId> = match self.idx_postings.get(lc_term) {
                Some(la_rows) => la_rows.iter().map(|r| r.0).collect(),
                None => return Vec::new(),
            };
            la_hits = if ln_k == 0 { la_ids } else { intersect(&la_hits, &la_ids) };
        }
        la_hits
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let la_terms = Self::query_terms(query);
        let la_hits = self.search(query);
        let mut la_result: Vec<(DocId, f64)> = Vec::new();
        for &ln_doc in &la_hits {
            let mut ln_score = 0.0;
            for lc_term in &la_terms {
                let la_rows = &self.idx_postings[lc_term];
                // LOCATE FOR doc = ln_doc
                let mut ln_tf = 0u32;
                for lo_row in la_rows {
                    if lo_row.0 == ln_doc {
                        ln_tf = lo_row.1;
                        break;
                    }
                }
                let ln_idf = 1.0 + (self.ln_docs as f64 / la_rows.len() as f64).ln();
                ln_score += ln_tf as f64 * ln_idf;
            }
            la_result.push((ln_doc, ln_score));
        }
        la_result.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        la_result
    }
}
