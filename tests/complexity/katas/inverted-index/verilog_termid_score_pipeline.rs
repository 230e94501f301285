// learner: optimal
// idiom: verilog: term-id dictionary + (doc, tf) posting words; intersection as a match-on-Ordering FSM that carries a score lane through each stage
// why: each merge stage advances a pointer per cycle, so intersect is O(a + b) and q stages cost O(q p); scores ride along in the same pass, then one sort of r hits
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words (maximal runs of alphanumeric chars).
pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut q = Vec::with_capacity(a.len().min(b.len()));
    loop {
        let (x, y) = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => (*x, *y),
            _ => break,
        };
        match x.cmp(&y) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                q.push(x);
                i += 1;
                j += 1;
            }
        }
    }
    q
}

pub struct Index {
    dict: HashMap<String, u32>,
    postings: Vec<Vec<(DocId, u32)>>,
    ndocs: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut dict: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<(DocId, u32)>> = Vec::new();
        for (d, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let next_id = postings.len() as u32;
                let t = *dict.entry(word).or_insert(next_id);
                if t == next_id {
                    postings.push(Vec::new());
                }
                let list = &mut postings[t as usize];
                match list.last_mut() {
                    Some(last) if last.0 == d => last.1 += 1,
                    _ => list.push((d, 1)),
                }
            }
        }
        Index { dict, postings, ndocs: docs.len() }
    }

    /// Distinct term ids of the query, shortest posting list first. None when
    /// the query is empty or a word is not in the index at all.
    fn plan(&self, query: &str) -> Option<Vec<u32>> {
        let words: BTreeSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        let mut ids = Vec::with_capacity(words.len());
        for w in &words {
            ids.push(*self.dict.get(w)?);
        }
        ids.sort_by_key(|&t| self.postings[t as usize].len());
        Some(ids)
    }

    /// Runs the merge pipeline; each stage keeps (doc, score) pairs.
    fn run(&self, query: &str, with_scores: bool) -> Vec<(DocId, f64)> {
        let plan = match self.plan(query) {
            Some(p) => p,
            None => return Vec::new(),
        };
        let n = self.ndocs as f64;
        let weight = |t: u32| 1.0 + (n / self.postings[t as usize].len() as f64).ln();

        let first = &self.postings[plan[0] as usize];
        let w0 = if with_scores { weight(plan[0]) } else { 0.0 };
        let mut stage: Vec<(DocId, f64)> = first.iter().map(|&(d, tf)| (d, tf as f64 * w0)).collect();

        for &t in &plan[1..] {
            let list = &self.postings[t as usize];
            let w = if with_scores { weight(t) } else { 0.0 };
            let mut next = Vec::with_capacity(stage.len().min(list.len()));
            let (mut i, mut j) = (0usize, 0usize);
            while i < stage.len() && j < list.len() {
                match stage[i].0.cmp(&list[j].0) {
                    Ordering::Less => i += 1,
                    Ordering::Greater => j += 1,
                    Ordering::Equal => {
                        next.push((stage[i].0, stage[i].1 + list[j].1 as f64 * w));
                        i += 1;
                        j += 1;
                    }
                }
            }
            stage = next;
            if stage.is_empty() {
                break;
            }
        }
        stage
    }

    /// Ids of the documents containing every word of `query`, in increasing order.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.run(query, false).into_iter().map(|(d, _)| d).collect()
    }

    /// The matches of `search(query)` with their TF-IDF scores, highest first.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut hits = self.run(query, true);
        hits.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        hits
    }
}
