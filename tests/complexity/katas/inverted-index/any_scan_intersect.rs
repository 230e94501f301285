// learner: slow
// why: intersect is O(a * b) time, target O(a + b): for each id of a it scans b from the start with iter().any
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut word: String = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            word.push(ch);
        } else {
            if !word.is_empty() {
                words.push(word.to_lowercase());
                word = String::new();
            }
        }
    }
    if !word.is_empty() {
        words.push(word.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut both: Vec<DocId> = Vec::new();
    for x in a.iter() {
        if b.iter().any(|y| y == x) {
            both.push(*x);
        }
    }
    both
}

pub struct Index {
    map: HashMap<String, Vec<DocId>>,
    counts: HashMap<(String, DocId), u32>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut map: HashMap<String, Vec<DocId>> = HashMap::new();
        let mut counts: HashMap<(String, DocId), u32> = HashMap::new();
        for i in 0..docs.len() {
            for w in tokenize(docs[i]) {
                let c: &mut u32 = counts.entry((w.clone(), i)).or_insert(0);
                *c += 1;
                let list: &mut Vec<DocId> = map.entry(w).or_insert(Vec::new());
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Index { map: map, counts: counts, n: docs.len() }
    }

    fn words(query: &str) -> Vec<String> {
        let mut ws: Vec<String> = tokenize(query);
        ws.sort();
        ws.dedup();
        ws
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words: Vec<String> = Index::words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut result: Option<Vec<DocId>> = None;
        for w in words.iter() {
            let list: &Vec<DocId> = match self.map.get(w) {
                Some(l) => l,
                None => return Vec::new(),
            };
            result = match result {
                None => Some(list.clone()),
                Some(r) => Some(intersect(&r, list)),
            };
        }
        result.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words: Vec<String> = Index::words(query);
        let hits: Vec<DocId> = self.search(query);
        let mut out: Vec<(DocId, f64)> = Vec::with_capacity(hits.len());
        for d in hits.iter() {
            let mut score: f64 = 0.0;
            for w in words.iter() {
                let df: f64 = self.map[w].len() as f64;
                let tf: f64 = self.counts[&(w.clone(), *d)] as f64;
                score += tf * (1.0 + (self.n as f64 / df).ln());
            }
            out.push((*d, score));
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
