// learner: optimal
// idiom: bioinformatics style: char_indices scanner with a run-start marker, term-id table with parallel Vec<Vec> postings and tf counters, match on cmp
use std::cmp::Ordering;
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run_start: Option<usize> = None;
    for (pos, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            if run_start.is_none() {
                run_start = Some(pos);
            }
        } else if let Some(s) = run_start.take() {
            out.push(text[s..pos].to_lowercase());
        }
    }
    if let Some(s) = run_start {
        out.push(text[s..].to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut hits = Vec::new();
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                hits.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    hits
}

pub struct Index {
    term_id: HashMap<String, usize>,
    ids: Vec<Vec<DocId>>,
    tf: Vec<Vec<u32>>,
    n_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut term_id: HashMap<String, usize> = HashMap::new();
        let mut ids: Vec<Vec<DocId>> = Vec::new();
        let mut tf: Vec<Vec<u32>> = Vec::new();
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let next = ids.len();
                let t = *term_id.entry(w).or_insert(next);
                if t == next {
                    ids.push(Vec::new());
                    tf.push(Vec::new());
                }
                if ids[t].last() == Some(&d) {
                    let k = tf[t].len() - 1;
                    tf[t][k] += 1;
                } else {
                    ids[t].push(d);
                    tf[t].push(1);
                }
            }
        }
        Index { term_id, ids, tf, n_docs: docs.len() }
    }

    /// distinct term ids of the query; None if some word is unknown or there are no words
    fn terms(&self, query: &str) -> Option<Vec<usize>> {
        let mut ts: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let t = *self.term_id.get(&w)?;
            if !ts.contains(&t) {
                ts.push(t);
            }
        }
        if ts.is_empty() {
            None
        } else {
            Some(ts)
        }
    }

    fn hits(&self, ts: &[usize]) -> Vec<DocId> {
        // pick the shortest list first
        let mut best = 0;
        for k in 1..ts.len() {
            if self.ids[ts[k]].len() < self.ids[ts[best]].len() {
                best = k;
            }
        }
        let mut acc = self.ids[ts[best]].clone();
        for k in 0..ts.len() {
            if k != best {
                acc = intersect(&acc, &self.ids[ts[k]]);
            }
        }
        acc
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.terms(query) {
            Some(ts) => self.hits(&ts),
            None => Vec::new(),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ts = match self.terms(query) {
            Some(ts) => ts,
            None => return Vec::new(),
        };
        let hits = self.hits(&ts);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for &t in &ts {
            let list = &self.ids[t];
            let idf = 1.0 + (self.n_docs as f64 / list.len() as f64).ln();
            let mut p = 0;
            for slot in scored.iter_mut() {
                while list[p] != slot.0 {
                    p += 1;
                }
                slot.1 += self.tf[t][p] as f64 * idf;
            }
        }
        scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        scored
    }
}
