// learner: optimal
// idiom: BTreeMap vocabulary of (doc, tf) tuple lists, intersect via slices and split_first pattern matching, ranked by zipping sorted lists
use std::collections::BTreeMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            cur.push(ch);
        } else if !cur.is_empty() {
            words.push(cur.to_lowercase());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        words.push(cur.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut a, mut b) = (a, b);
    loop {
        match (a.split_first(), b.split_first()) {
            (Some((x, ra)), Some((y, rb))) => {
                if x == y {
                    out.push(*x);
                    a = ra;
                    b = rb;
                } else if x < y {
                    a = ra;
                } else {
                    b = rb;
                }
            }
            _ => return out,
        }
    }
}

pub struct Index {
    vocab: BTreeMap<String, (Vec<DocId>, Vec<u32>)>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut vocab: BTreeMap<String, (Vec<DocId>, Vec<u32>)> = BTreeMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for w in tokenize(doc) {
                let (ids, tfs) = vocab.entry(w).or_insert_with(|| (Vec::new(), Vec::new()));
                if ids.last().copied() == Some(id) {
                    *tfs.last_mut().unwrap() += 1;
                } else {
                    ids.push(id);
                    tfs.push(1);
                }
            }
        }
        Index { vocab, n: docs.len() }
    }

    fn terms(&self, query: &str) -> Vec<&(Vec<DocId>, Vec<u32>)> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        words.iter().filter_map(|w| self.vocab.get(w)).collect::<Vec<_>>()
            .into_iter()
            .take(if words.iter().all(|w| self.vocab.contains_key(w)) { usize::MAX } else { 0 })
            .collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut lists = self.terms(query);
        if lists.is_empty() {
            return Vec::new();
        }
        lists.sort_by_key(|(ids, _)| ids.len());
        let mut acc: Vec<DocId> = lists[0].0.clone();
        for (ids, _) in &lists[1..] {
            acc = intersect(&acc, ids);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        if scored.is_empty() {
            return scored;
        }
        for (ids, tfs) in self.terms(query) {
            let idf = 1.0 + (self.n as f64 / ids.len() as f64).ln();
            let mut postings = ids.iter().zip(tfs.iter());
            for entry in scored.iter_mut() {
                // advance along this term's postings to the hit (it is there: every hit has every term)
                for (&d, &tf) in postings.by_ref() {
                    if d == entry.0 {
                        entry.1 += tf as f64 * idf;
                        break;
                    }
                }
            }
        }
        scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        scored
    }
}
