// learner: optimal
// idiom: quant-style: Peekable iterator merge in intersect, char_indices slicing tokenizer, (doc, tf) tuple postings, fold over terms, cursor walk for tf
//! Inverted index with AND queries and TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    let mut beg: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), beg) {
            (true, None) => beg = Some(i),
            (false, Some(b)) => {
                v.push(text[b..i].to_lowercase());
                beg = None;
            }
            _ => {}
        }
    }
    if let Some(b) = beg {
        v.push(text[b..].to_lowercase());
    }
    v
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let mut ia = a.iter().peekable();
    let mut ib = b.iter().peekable();
    while let (Some(&&x), Some(&&y)) = (ia.peek(), ib.peek()) {
        if x == y {
            out.push(x);
            ia.next();
            ib.next();
        } else if x < y {
            ia.next();
        } else {
            ib.next();
        }
    }
    out
}

pub struct Index {
    map: HashMap<String, Vec<(DocId, u32)>>,
    n: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut map: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (d, s) in docs.iter().enumerate() {
            for w in tokenize(s) {
                let pl = map.entry(w).or_default();
                match pl.last_mut() {
                    Some((ld, c)) if *ld == d => *c += 1,
                    _ => pl.push((d, 1)),
                }
            }
        }
        Index { map, n: docs.len() }
    }

    fn lists(&self, query: &str) -> Vec<&Vec<(DocId, u32)>> {
        let mut words = tokenize(query);
        words.sort_unstable();
        words.dedup();
        let mut ls = Vec::with_capacity(words.len());
        for w in &words {
            match self.map.get(w) {
                Some(l) => ls.push(l),
                None => return Vec::new(),
            }
        }
        ls.sort_unstable_by_key(|l| l.len());
        ls
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ls = self.lists(query);
        let Some((first, rest)) = ls.split_first() else {
            return Vec::new();
        };
        let head: Vec<DocId> = first.iter().map(|&(d, _)| d).collect();
        rest.iter().fold(head, |acc, l| {
            let ids: Vec<DocId> = l.iter().map(|&(d, _)| d).collect();
            intersect(&acc, &ids)
        })
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let ls = self.lists(query);
        let nf = self.n as f64;
        let mut sc: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for l in ls {
            let w = 1.0 + (nf / l.len() as f64).ln();
            let mut p = l.iter();
            for slot in sc.iter_mut() {
                // hits is a subset of l, both increasing
                let &(_, tf) = p.by_ref().find(|&&(d, _)| d == slot.0).unwrap();
                slot.1 += tf as f64 * w;
            }
        }
        sc.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        sc
    }
}
