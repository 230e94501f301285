// learner: optimal
// idiom: beginner: vocabulary HashMap<String, usize> to term ids, Vec<Vec<usize>> postings, index while-loops everywhere
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut result = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let mut j = i;
            while j < chars.len() && chars[j].is_alphanumeric() {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            result.push(word.to_lowercase());
            i = j;
        } else {
            i += 1;
        }
    }
    result
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut result = Vec::new();
    let mut i = 0;
    let mut j = 0;
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            result.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    result
}

pub struct Index {
    vocab: HashMap<String, usize>,
    docs_of: Vec<Vec<usize>>,
    counts_of: Vec<Vec<u32>>,
    num_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut idx = Index { vocab: HashMap::new(), docs_of: Vec::new(), counts_of: Vec::new(), num_docs: docs.len() };
        let mut d = 0;
        while d < docs.len() {
            for word in tokenize(docs[d]) {
                let t = match idx.vocab.get(&word) {
                    Some(&t) => t,
                    None => {
                        let t = idx.docs_of.len();
                        idx.vocab.insert(word, t);
                        idx.docs_of.push(Vec::new());
                        idx.counts_of.push(Vec::new());
                        t
                    }
                };
                let last = idx.docs_of[t].len();
                if last > 0 && idx.docs_of[t][last - 1] == d {
                    idx.counts_of[t][last - 1] += 1;
                } else {
                    idx.docs_of[t].push(d);
                    idx.counts_of[t].push(1);
                }
            }
            d += 1;
        }
        idx
    }

    /// distinct term ids of the query, or None if some word is unknown / no words
    fn query_terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ids: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let t = *self.vocab.get(&w)?;
            ids.push(t);
        }
        if ids.is_empty() {
            return None;
        }
        ids.sort_unstable_by_key(|&t| (self.docs_of[t].len(), t));
        ids.dedup();
        Some(ids)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = match self.query_terms(query) {
            Some(t) => t,
            None => return Vec::new(),
        };
        let mut hits = self.docs_of[terms[0]].clone();
        let mut k = 1;
        while k < terms.len() && !hits.is_empty() {
            hits = intersect(&hits, &self.docs_of[terms[k]]);
            k += 1;
        }
        hits
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let terms = match self.query_terms(query) {
            Some(t) => t,
            None => return Vec::new(),
        };
        let hits = self.search(query);
        let mut scores = vec![0.0f64; hits.len()];
        let n = self.num_docs as f64;
        for &t in &terms {
            let ids = &self.docs_of[t];
            let idf = 1.0 + (n / ids.len() as f64).ln();
            let mut p = 0;
            let mut h = 0;
            while h < hits.len() {
                while ids[p] < hits[h] {
                    p += 1;
                }
                scores[h] += self.counts_of[t][p] as f64 * idf;
                h += 1;
            }
        }
        let mut out: Vec<(DocId, f64)> = Vec::new();
        let mut h = 0;
        while h < hits.len() {
            out.push((hits[h], scores[h]));
            h += 1;
        }
        out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
        out
    }
}
