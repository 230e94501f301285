// learner: optimal
// idiom: BTreeMap term dictionary of (ids, tfs) pairs, intersect as `for` over a with a lagging cursor into b, char_indices tokenizer slicing the text, sort_unstable_by with partial_cmp
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::BTreeMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(text[s..i].to_lowercase());
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
    let mut common = Vec::new();
    let mut j = 0;
    for &x in a {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if j == b.len() {
            break;
        }
        if b[j] == x {
            common.push(x);
            j += 1;
        }
    }
    common
}

pub struct Index {
    n: usize,
    terms: BTreeMap<String, (Vec<DocId>, Vec<u32>)>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: BTreeMap<String, (Vec<DocId>, Vec<u32>)> = BTreeMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let (ids, tfs) = terms.entry(word).or_insert_with(|| (Vec::new(), Vec::new()));
                if ids.last() == Some(&id) {
                    *tfs.last_mut().unwrap() += 1;
                } else {
                    ids.push(id);
                    tfs.push(1);
                }
            }
        }
        Index { n: docs.len(), terms }
    }

    fn terms_of(&self, query: &str) -> Vec<String> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        words
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = self.terms_of(query);
        let mut lists: Vec<&Vec<DocId>> = Vec::new();
        for w in &words {
            match self.terms.get(w) {
                Some((ids, _)) => lists.push(ids),
                None => return vec![],
            }
        }
        if lists.is_empty() {
            return vec![];
        }
        lists.sort_unstable_by_key(|l| l.len());
        let mut acc = lists[0].clone();
        for l in &lists[1..] {
            if acc.is_empty() {
                break;
            }
            acc = intersect(&acc, l);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        if scored.is_empty() {
            return scored;
        }
        for w in self.terms_of(query) {
            let (ids, tfs) = &self.terms[&w];
            let weight = 1.0 + (self.n as f64 / ids.len() as f64).ln();
            let mut p = 0;
            for entry in scored.iter_mut() {
                while ids[p] < entry.0 {
                    p += 1;
                }
                entry.1 += tfs[p] as f64 * weight;
            }
        }
        scored.sort_unstable_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        scored
    }
}
