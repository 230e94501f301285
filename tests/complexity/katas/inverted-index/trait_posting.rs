// learner: optimal
// idiom: heavy generics and traits: a SortedIds trait implemented for slices and a generic merge helper
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

trait SortedIds {
    fn ids(&self) -> &[DocId];
    fn merge_with<S: SortedIds + ?Sized>(&self, other: &S) -> Vec<DocId> {
        merge_common(self.ids(), other.ids())
    }
}

impl SortedIds for [DocId] {
    fn ids(&self) -> &[DocId] {
        self
    }
}

impl SortedIds for Vec<DocId> {
    fn ids(&self) -> &[DocId] {
        self
    }
}

#[derive(Default)]
struct Posting {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

impl SortedIds for Posting {
    fn ids(&self) -> &[DocId] {
        &self.docs
    }
}

fn merge_common<T: Ord + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::new();
    let (mut x, mut y) = (a.iter().peekable(), b.iter().peekable());
    while let (Some(&&p), Some(&&q)) = (x.peek(), y.peek()) {
        match p.cmp(&q) {
            std::cmp::Ordering::Less => {
                x.next();
            }
            std::cmp::Ordering::Greater => {
                y.next();
            }
            std::cmp::Ordering::Equal => {
                out.push(p);
                x.next();
                y.next();
            }
        }
    }
    out
}

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    a.merge_with(b)
}

pub struct Index {
    total: usize,
    postings: HashMap<String, Posting>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Posting> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for word in tokenize(doc) {
                let p = postings.entry(word).or_default();
                match p.docs.last() {
                    Some(&last) if last == id => *p.counts.last_mut().unwrap() += 1,
                    _ => {
                        p.docs.push(id);
                        p.counts.push(1);
                    }
                }
            }
        }
        Index { total: docs.len(), postings }
    }

    fn lists(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut seen = HashSet::new();
        let mut lists = Vec::new();
        for w in tokenize(query) {
            if seen.insert(w.clone()) {
                lists.push(self.postings.get(&w)?);
            }
        }
        if lists.is_empty() {
            None
        } else {
            lists.sort_by_key(|p| p.docs.len());
            Some(lists)
        }
    }

    fn and_of<S: SortedIds>(lists: &[&S]) -> Vec<DocId> {
        let mut acc = lists[0].ids().to_vec();
        for l in &lists[1..] {
            acc = acc.merge_with(*l);
        }
        acc
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        match self.lists(query) {
            Some(lists) => Self::and_of(&lists),
            None => Vec::new(),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = match self.lists(query) {
            Some(l) => l,
            None => return Vec::new(),
        };
        let hits = Self::and_of(&lists);
        let mut scores = vec![0.0; hits.len()];
        for p in &lists {
            let idf = 1.0 + (self.total as f64 / p.docs.len() as f64).ln();
            let mut j = 0;
            for (slot, &h) in scores.iter_mut().zip(&hits) {
                while p.docs[j] < h {
                    j += 1;
                }
                *slot += p.counts[j] as f64 * idf;
            }
        }
        let mut out: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}
