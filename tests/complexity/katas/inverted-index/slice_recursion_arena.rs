// learner: optimal
// idiom: intersect by shrinking slices with match guards, arena of per-term ids/counts indexed via a term-id HashMap, ranked by accumulating (hits, score) per doc in a HashMap
use std::collections::HashMap;

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
    let mut out = Vec::new();
    let (mut a, mut b) = (a, b);
    loop {
        match (a.first(), b.first()) {
            (Some(x), Some(y)) if x == y => {
                out.push(*x);
                a = &a[1..];
                b = &b[1..];
            }
            (Some(x), Some(y)) if x < y => a = &a[1..],
            (Some(_), Some(_)) => b = &b[1..],
            _ => return out,
        }
    }
}

#[derive(Default)]
struct TermData {
    ids: Vec<DocId>,
    tfs: Vec<u32>,
}

pub struct Index {
    lookup: HashMap<String, usize>,
    arena: Vec<TermData>,
    docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut lookup = HashMap::new();
        let mut arena: Vec<TermData> = Vec::new();
        for (doc, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let next = arena.len();
                let slot = *lookup.entry(word).or_insert(next);
                if slot == next {
                    arena.push(TermData::default());
                }
                let td = &mut arena[slot];
                if td.ids.last() == Some(&doc) {
                    *td.tfs.last_mut().unwrap() += 1;
                } else {
                    td.ids.push(doc);
                    td.tfs.push(1);
                }
            }
        }
        Index { lookup, arena, docs: docs.len() }
    }

    fn term_ids(&self, query: &str) -> Option<Vec<usize>> {
        let mut ids = Vec::new();
        for w in tokenize(query) {
            let t = *self.lookup.get(&w)?;
            if !ids.contains(&t) {
                ids.push(t);
            }
        }
        if ids.is_empty() { None } else { Some(ids) }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(mut terms) = self.term_ids(query) else { return Vec::new() };
        terms.sort_unstable_by_key(|&t| self.arena[t].ids.len());
        let mut acc = self.arena[terms[0]].ids.clone();
        for &t in &terms[1..] {
            if acc.is_empty() {
                break;
            }
            acc = intersect(&acc, &self.arena[t].ids);
        }
        acc
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(terms) = self.term_ids(query) else { return Vec::new() };
        let want = terms.len();
        let n = self.docs as f64;
        // doc -> (how many query terms it holds, score so far)
        let mut acc: HashMap<DocId, (usize, f64)> = HashMap::new();
        for &t in &terms {
            let td = &self.arena[t];
            let idf = 1.0 + (n / td.ids.len() as f64).ln();
            for (&d, &tf) in td.ids.iter().zip(&td.tfs) {
                let e = acc.entry(d).or_insert((0, 0.0));
                e.0 += 1;
                e.1 += tf as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> =
            acc.into_iter().filter(|&(_, (hits, _))| hits == want).map(|(d, (_, s))| (d, s)).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
