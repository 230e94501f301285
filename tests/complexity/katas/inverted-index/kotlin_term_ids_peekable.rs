// learner: optimal
// idiom: Kotlin style: term dictionary to integer ids with parallel Vec columns, peekable-iterator intersect, HashSet-free dedup via sort, `also` helper
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

trait Also: Sized {
    fn also(mut self, block: impl FnOnce(&mut Self)) -> Self {
        block(&mut self);
        self
    }
}
impl<T> Also for T {}

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (at, ch) in text.char_indices() {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push(text[s..at].to_lowercase());
                start = None;
            }
            _ => {}
        }
    }
    start.map(|s| out.push(text[s..].to_lowercase()));
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut common = Vec::new();
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        if x == y {
            common.push(x);
            left.next();
            right.next();
        } else if x < y {
            left.next();
        } else {
            right.next();
        }
    }
    common
}

pub struct Index {
    dictionary: HashMap<String, usize>,
    doc_ids: Vec<Vec<DocId>>,
    term_freqs: Vec<Vec<u32>>,
    total_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        Index { dictionary: HashMap::new(), doc_ids: Vec::new(), term_freqs: Vec::new(), total_docs: docs.len() }
            .also(|idx| {
                docs.iter().enumerate().for_each(|(doc, text)| {
                    tokenize(text).into_iter().for_each(|word| {
                        let next_id = idx.doc_ids.len();
                        let term = *idx.dictionary.entry(word).or_insert(next_id);
                        if term == next_id {
                            idx.doc_ids.push(Vec::new());
                            idx.term_freqs.push(Vec::new());
                        }
                        let ids = &mut idx.doc_ids[term];
                        let tfs = &mut idx.term_freqs[term];
                        if ids.last().copied() == Some(doc) {
                            tfs.last_mut().map(|t| *t += 1);
                        } else {
                            ids.push(doc);
                            tfs.push(1);
                        }
                    })
                })
            })
    }

    /// Term ids of the distinct query words, shortest posting list first.
    fn query_terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ids = tokenize(query)
            .iter()
            .map(|w| self.dictionary.get(w).copied())
            .collect::<Option<Vec<usize>>>()?;
        ids.sort_unstable();
        ids.dedup();
        ids.sort_by_key(|&t| self.doc_ids[t].len());
        if ids.is_empty() { None } else { Some(ids) }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.query_terms(query)
            .map(|terms| {
                let mut result = self.doc_ids[terms[0]].clone();
                for &t in &terms[1..] {
                    if result.is_empty() {
                        break;
                    }
                    result = intersect(&result, &self.doc_ids[t]);
                }
                result
            })
            .unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = match self.query_terms(query) {
            Some(t) => t,
            None => return vec![],
        };
        let hits = self.search(query);
        let mut result: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for t in terms {
            let ids = &self.doc_ids[t];
            let tfs = &self.term_freqs[t];
            let idf = 1.0 + (self.total_docs as f64 / ids.len() as f64).ln();
            let mut pos = ids.iter().enumerate().peekable();
            for hit in result.iter_mut() {
                while pos.next_if(|&(_, &d)| d < hit.0).is_some() {}
                if let Some(&(k, _)) = pos.peek() {
                    hit.1 += tfs[k] as f64 * idf;
                }
            }
        }
        result.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        result
    }
}
