// learner: slow
// why: Index::ranked is O(q p r) time, target O(q p + r log r): looks up each hit's term frequency with a linear find over the posting list
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut res = Vec::new();
    let (mut x, mut y) = (0usize, 0usize);
    loop {
        if x >= a.len() || y >= b.len() {
            break res;
        }
        if a[x] < b[y] {
            x += 1;
        } else if a[x] > b[y] {
            y += 1;
        } else {
            res.push(a[x]);
            x += 1;
            y += 1;
        }
    }
}

pub struct Index {
    lists: HashMap<String, Vec<(DocId, u32)>>,
    size: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut lists: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            let mut counts: HashMap<String, u32> = HashMap::new();
            for w in tokenize(text) {
                *counts.entry(w).or_insert(0) += 1;
            }
            for (w, c) in counts {
                lists.entry(w).or_default().push((doc, c));
            }
        }
        Index { lists, size: docs.len() }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut lists = Vec::new();
        for w in &words {
            match self.lists.get(w) {
                Some(l) => lists.push(l),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|l| l.len());
        let mut acc: Vec<DocId> = lists[0].iter().map(|p| p.0).collect();
        for l in lists.iter().skip(1) {
            let ids: Vec<DocId> = l.iter().map(|p| p.0).collect();
            acc = intersect(&acc, &ids);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        let hits = self.search(query);
        let n = self.size as f64;
        let mut out: Vec<(DocId, f64)> = hits
            .into_iter()
            .map(|doc| {
                let mut score = 0.0;
                for w in &words {
                    let list = &self.lists[w];
                    let (_, tf) = list.iter().find(|(d, _)| *d == doc).unwrap();
                    score += *tf as f64 * (1.0 + (n / list.len() as f64).ln());
                }
                (doc, score)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
