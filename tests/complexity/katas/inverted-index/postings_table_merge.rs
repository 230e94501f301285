// learner: optimal
// idiom: Visual FoxPro database developer: a HashMap "index tag" from term to a postings table of (doc, tf) rows; intersections are two record pointers advanced in a DO WHILE loop, shortest lists first, and ranking re-walks each list against the hit table.
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
            lc_word.clear();
        }
    }
    if !lc_word.is_empty() {
        la_words.push(lc_word.to_lowercase());
    }
    la_words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut la_out: Vec<DocId> = Vec::new();
    let (mut ln_a, mut ln_b) = (0usize, 0usize);
    while ln_a < a.len() && ln_b < b.len() {
        if a[ln_a] == b[ln_b] {
            la_out.push(a[ln_a]);
            ln_a += 1;
            ln_b += 1;
        } else if a[ln_a] < b[ln_b] {
            ln_a += 1;
        } else {
            ln_b += 1;
        }
    }
    la_out
}

/// One row of a postings table.
#[derive(Clone, Copy)]
struct Posting {
    doc: DocId,
    tf: u32,
}

pub struct Index {
    idx_terms: HashMap<String, Vec<Posting>>,
    ln_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut idx_terms: HashMap<String, Vec<Posting>> = HashMap::new();
        for (ln_doc, lc_text) in docs.iter().enumerate() {
            for lc_word in tokenize(lc_text) {
                let la_rows = idx_terms.entry(lc_word).or_default();
                // docs arrive in id order, so the current doc can only be the last row
                match la_rows.last_mut() {
                    Some(lo_row) if lo_row.doc == ln_doc => lo_row.tf += 1,
                    _ => la_rows.push(Posting { doc: ln_doc, tf: 1 }),
                }
            }
        }
        Index { idx_terms, ln_docs: docs.len() }
    }

    /// The posting tables of the distinct query terms, shortest first;
    /// None when a term is missing (or there are no terms at all).
    fn query_tables(&self, query: &str) -> Option<Vec<&Vec<Posting>>> {
        let mut la_terms = tokenize(query);
        la_terms.sort();
        la_terms.dedup();
        if la_terms.is_empty() {
            return None;
        }
        let mut la_tables: Vec<&Vec<Posting>> = Vec::with_capacity(la_terms.len());
        for lc_term in &la_terms {
            la_tables.push(self.idx_terms.get(lc_term)?);
        }
        la_tables.sort_by_key(|t| t.len());
        Some(la_tables)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let la_tables = match self.query_tables(query) {
            Some(t) => t,
            None => return Vec::new(),
        };
        let mut la_hits: Vec<DocId> = la_tables[0].iter().map(|p| p.doc).collect();
        for la_table in &la_tables[1..] {
            let la_ids: Vec<DocId> = la_table.iter().map(|p| p.doc).collect();
            la_hits = intersect(&la_hits, &la_ids);
            if la_hits.is_empty() {
                break;
            }
        }
        la_hits
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let la_hits = self.search(query);
        if la_hits.is_empty() {
            return Vec::new();
        }
        let la_tables = self.query_tables(query).unwrap();
        let ln_n = self.ln_docs as f64;
        let mut la_scores: Vec<f64> = vec![0.0; la_hits.len()];
        for la_table in la_tables {
            let ln_idf = 1.0 + (ln_n / la_table.len() as f64).ln();
            // walk the hits and this table side by side
            let mut ln_row = 0usize;
            for (ln_hit, &ln_doc) in la_hits.iter().enumerate() {
                while la_table[ln_row].doc < ln_doc {
                    ln_row += 1;
                }
                la_scores[ln_hit] += la_table[ln_row].tf as f64 * ln_idf;
            }
        }
        let mut la_result: Vec<(DocId, f64)> = la_hits.into_iter().zip(la_scores).collect();
        la_result.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        la_result
    }
}
