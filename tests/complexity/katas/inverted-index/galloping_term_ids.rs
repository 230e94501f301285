// learner: optimal
// idiom: interned term ids with parallel Vec<Vec<DocId>>/Vec<Vec<u32>>, galloping (exponential search) intersect, for loops with early returns
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in text.char_indices() {
        match (ch.is_alphanumeric(), start) {
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

/// First index >= from in `list` whose value is >= target (list.len() if none).
fn gallop(list: &[DocId], from: usize, target: DocId) -> usize {
    let mut step = 1;
    let mut lo = from;
    let mut hi = from;
    while hi < list.len() && list[hi] < target {
        lo = hi + 1;
        hi = from + step;
        step *= 2;
    }
    let hi = hi.min(list.len());
    lo + list[lo..hi].partition_point(|&x| x < target)
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::new();
    let mut pos = 0;
    for &x in short {
        pos = gallop(long, pos, x);
        if pos == long.len() {
            break;
        }
        if long[pos] == x {
            out.push(x);
            pos += 1;
        }
    }
    out
}

pub struct Index {
    n: usize,
    ids: HashMap<String, usize>,
    docs: Vec<Vec<DocId>>,
    tfs: Vec<Vec<u32>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut idx = Index { n: docs.len(), ids: HashMap::new(), docs: Vec::new(), tfs: Vec::new() };
        for (d, text) in docs.iter().enumerate() {
            for w in tokenize(text) {
                let next = idx.docs.len();
                let t = *idx.ids.entry(w).or_insert(next);
                if t == next {
                    idx.docs.push(Vec::new());
                    idx.tfs.push(Vec::new());
                }
                if idx.docs[t].last() == Some(&d) {
                    *idx.tfs[t].last_mut().unwrap() += 1;
                } else {
                    idx.docs[t].push(d);
                    idx.tfs[t].push(1);
                }
            }
        }
        idx
    }

    fn term_ids(&self, query: &str) -> Option<Vec<usize>> {
        let mut ts: Vec<usize> = Vec::new();
        for w in tokenize(query) {
            let t = *self.ids.get(&w)?;
            if ts.iter().all(|&u| u != t) {
                ts.push(t);
            }
        }
        if ts.is_empty() {
            None
        } else {
            Some(ts)
        }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut ts = match self.term_ids(query) {
            Some(ts) => ts,
            None => return Vec::new(),
        };
        ts.sort_by_key(|&t| self.docs[t].len());
        let mut result = self.docs[ts[0]].clone();
        for &t in &ts[1..] {
            if result.is_empty() {
                return result;
            }
            result = intersect(&result, &self.docs[t]);
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let ts = self.term_ids(query).unwrap();
        let mut score = vec![0.0; hits.len()];
        for t in ts {
            let list = &self.docs[t];
            let w = 1.0 + (self.n as f64 / list.len() as f64).ln();
            let mut p = 0;
            for k in 0..hits.len() {
                p = gallop(list, p, hits[k]);
                score[k] += self.tfs[t][p] as f64 * w;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(score).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
