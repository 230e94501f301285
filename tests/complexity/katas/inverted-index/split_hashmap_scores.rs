// learner: optimal
// idiom: tokenize with split + filter + map(to_lowercase); HashMap<String, Vec<(DocId, u32)>> postings; index-loop intersect with match on cmp and early exit; ranked accumulates scores in a HashMap keyed by the result docs
//! Inverted index with AND queries and TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    loop {
        if i == a.len() || j == b.len() {
            return out;
        }
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
}

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (id, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word).or_default();
                match list.last_mut() {
                    Some((d, tf)) if *d == id => *tf += 1,
                    _ => list.push((id, 1)),
                }
            }
        }
        Index { postings, doc_count: docs.len() }
    }

    fn query_lists(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        if words.is_empty() {
            return None;
        }
        let mut lists = Vec::with_capacity(words.len());
        for w in &words {
            lists.push(self.postings.get(w)?);
        }
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(lists) = self.query_lists(query) else {
            return Vec::new();
        };
        let mut result: Vec<DocId> = lists[0].iter().map(|&(d, _)| d).collect();
        for list in &lists[1..] {
            let ids: Vec<DocId> = list.iter().map(|&(d, _)| d).collect();
            result = intersect(&result, &ids);
            if result.is_empty() {
                break;
            }
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        if hits.is_empty() {
            return Vec::new();
        }
        let lists = self.query_lists(query).unwrap_or_default();
        let mut scores: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        let n = self.doc_count as f64;
        for list in lists {
            let idf = 1.0 + (n / list.len() as f64).ln();
            for &(d, tf) in list {
                if let Some(s) = scores.get_mut(&d) {
                    *s += tf as f64 * idf;
                }
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().map(|d| (d, scores[&d])).collect();
        out.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap_or(Ordering::Equal).then(x.0.cmp(&y.0)));
        out
    }
}
