// learner: optimal
// idiom: vocabulary ids into Vec-of-postings arena, char_indices slicing tokenizer, peekable-iterator intersect, impl-block helpers
//! A tiny search engine: inverted index, AND queries, TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (pos, ch) in text.char_indices() {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(pos),
            (false, Some(s)) => {
                out.push(text[s..pos].to_lowercase());
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(text[s..].to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut xs = a.iter().peekable();
    let mut ys = b.iter().peekable();
    let mut common = Vec::new();
    while let (Some(&&x), Some(&&y)) = (xs.peek(), ys.peek()) {
        if x < y {
            xs.next();
        } else if y < x {
            ys.next();
        } else {
            common.push(x);
            xs.next();
            ys.next();
        }
    }
    common
}

struct TermData {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    doc_count: usize,
    vocab: HashMap<String, usize>,
    table: Vec<TermData>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut idx = Index { doc_count: docs.len(), vocab: HashMap::new(), table: Vec::new() };
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let tid = idx.term_id(w);
                let td = &mut idx.table[tid];
                if td.docs.last().copied() == Some(d) {
                    let last = td.counts.len() - 1;
                    td.counts[last] += 1;
                } else {
                    td.docs.push(d);
                    td.counts.push(1);
                }
            }
        }
        idx
    }

    fn term_id(&mut self, w: String) -> usize {
        let next = self.table.len();
        let id = *self.vocab.entry(w).or_insert(next);
        if id == next {
            self.table.push(TermData { docs: Vec::new(), counts: Vec::new() });
        }
        id
    }

    /// Term ids of the distinct query words; None if some word is unindexed or none given.
    fn query_terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ids = Vec::new();
        for w in tokenize(query) {
            let id = *self.vocab.get(&w)?;
            ids.push(id);
        }
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() { None } else { Some(ids) }
    }

    fn matching(&self, terms: &[usize]) -> Vec<DocId> {
        let mut by_len = terms.to_vec();
        by_len.sort_by_key(|&t| self.table[t].docs.len());
        let mut result = self.table[by_len[0]].docs.clone();
        for &t in &by_len[1..] {
            result = intersect(&result, &self.table[t].docs);
        }
        result
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.query_terms(query) {
            Some(terms) => self.matching(&terms),
            None => Vec::new(),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = match self.query_terms(query) {
            Some(t) => t,
            None => return Vec::new(),
        };
        let hits = self.matching(&terms);
        let mut scores = vec![0.0f64; hits.len()];
        for &t in &terms {
            let td = &self.table[t];
            let weight = 1.0 + (self.doc_count as f64 / td.docs.len() as f64).ln();
            let mut k = 0;
            for (h, score) in hits.iter().zip(scores.iter_mut()) {
                while td.docs[k] != *h {
                    k += 1;
                }
                *score += td.counts[k] as f64 * weight;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
