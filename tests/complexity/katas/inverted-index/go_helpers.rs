// learner: optimal
// idiom: Go-style: manual char tokenizer with a buffer, HashMap<String, Postings{ids, tfs}>, classic i/j while-loop intersect with if/else-if, helper fns with many params (distinct_terms, tf_at with a &mut cursor)
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut buf = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            buf.push(c);
            continue;
        }
        if !buf.is_empty() {
            words.push(buf.to_lowercase());
            buf.clear();
        }
    }
    if !buf.is_empty() {
        words.push(buf.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut j = 0;
    while i < a.len() && j < b.len() {
        if a[i] < b[j] {
            i += 1;
        } else if a[i] > b[j] {
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
            j += 1;
        }
    }
    out
}

struct Postings {
    ids: Vec<DocId>,
    tfs: Vec<u32>,
}

pub struct Index {
    terms: HashMap<String, Postings>,
    n_docs: usize,
}

fn distinct_terms(query: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for w in tokenize(query) {
        if seen.insert(w.clone()) {
            out.push(w);
        }
    }
    out
}

fn tf_at(ids: &[DocId], tfs: &[u32], cursor: &mut usize, doc: DocId) -> u32 {
    while *cursor < ids.len() && ids[*cursor] < doc {
        *cursor += 1;
    }
    if *cursor < ids.len() && ids[*cursor] == doc {
        return tfs[*cursor];
    }
    0
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Postings> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            let mut counts: HashMap<String, u32> = HashMap::new();
            for w in tokenize(text) {
                *counts.entry(w).or_insert(0) += 1;
            }
            for (w, tf) in counts {
                let p = terms.entry(w).or_insert_with(|| Postings { ids: Vec::new(), tfs: Vec::new() });
                p.ids.push(doc);
                p.tfs.push(tf);
            }
        }
        Index { terms, n_docs: docs.len() }
    }

    fn lists(&self, terms: &[String]) -> Option<Vec<&Postings>> {
        let mut lists = Vec::new();
        for t in terms {
            match self.terms.get(t) {
                Some(p) => lists.push(p),
                None => return None,
            }
        }
        lists.sort_by_key(|p| p.ids.len());
        Some(lists)
    }

    fn matching(&self, terms: &[String]) -> Vec<DocId> {
        if terms.is_empty() {
            return Vec::new();
        }
        let lists = match self.lists(terms) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let mut result = lists[0].ids.clone();
        for p in &lists[1..] {
            if result.is_empty() {
                break;
            }
            result = intersect(&result, &p.ids);
        }
        result
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.matching(&distinct_terms(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = distinct_terms(query);
        let docs = self.matching(&terms);
        if docs.is_empty() {
            return Vec::new();
        }
        let mut scores = vec![0.0f64; docs.len()];
        for t in &terms {
            let p = &self.terms[t];
            let idf = 1.0 + (self.n_docs as f64 / p.ids.len() as f64).ln();
            let mut cursor = 0;
            for k in 0..docs.len() {
                let tf = tf_at(&p.ids, &p.tfs, &mut cursor, docs[k]);
                scores[k] += tf as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = Vec::with_capacity(docs.len());
        for k in 0..docs.len() {
            out.push((docs[k], scores[k]));
        }
        out.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap().then(x.0.cmp(&y.0)));
        out
    }
}
