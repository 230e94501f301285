// learner: optimal
// idiom: Smalltalk developer: Posting / PostingList objects that know how to intersect themselves; intersect as a peekable-iterator conversation, scores accumulated by asking each list for the tf of the surviving docs
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

use std::cmp::Ordering;

#[derive(Clone, Copy)]
struct Posting {
    doc: DocId,
    tf: u32,
}

#[derive(Default)]
struct PostingList {
    postings: Vec<Posting>,
}

impl PostingList {
    fn record(&mut self, doc: DocId) {
        match self.postings.last_mut() {
            Some(last) if last.doc == doc => last.tf += 1,
            _ => self.postings.push(Posting { doc, tf: 1 }),
        }
    }

    fn docs(&self) -> Vec<DocId> {
        self.postings.iter().map(|p| p.doc).collect()
    }

    fn df(&self) -> usize {
        self.postings.len()
    }

    /// tf of each doc in `docs` (sorted, all present in this list), by walking both in step.
    fn tfs_for(&self, docs: &[DocId]) -> Vec<u32> {
        let mut mine = self.postings.iter();
        docs.iter()
            .map(|&d| mine.by_ref().find(|p| p.doc == d).map_or(0, |p| p.tf))
            .collect()
    }
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut common = Vec::new();
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        match x.cmp(&y) {
            Ordering::Less => {
                left.next();
            }
            Ordering::Greater => {
                right.next();
            }
            Ordering::Equal => {
                common.push(x);
                left.next();
                right.next();
            }
        }
    }
    common
}

pub struct Index {
    terms: HashMap<String, PostingList>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, PostingList> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                terms.entry(word).or_default().record(doc);
            }
        }
        Index { terms, doc_count: docs.len() }
    }

    fn lists_for(&self, query: &str) -> Option<Vec<&PostingList>> {
        let mut words = tokenize(query);
        words.sort();
        words.dedup();
        if words.is_empty() {
            return None;
        }
        words.iter().map(|w| self.terms.get(w)).collect()
    }

    fn matching(lists: &[&PostingList]) -> Vec<DocId> {
        let mut by_size: Vec<&&PostingList> = lists.iter().collect();
        by_size.sort_by_key(|l| l.df());
        let mut result = by_size[0].docs();
        for list in &by_size[1..] {
            result = intersect(&result, &list.docs());
        }
        result
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.lists_for(query).map_or_else(Vec::new, |lists| Self::matching(&lists))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.lists_for(query) else { return Vec::new() };
        let hits = Self::matching(&lists);
        let mut scores = vec![0.0f64; hits.len()];
        for list in &lists {
            let idf = 1.0 + (self.doc_count as f64 / list.df() as f64).ln();
            for (score, tf) in scores.iter_mut().zip(list.tfs_for(&hits)) {
                *score += tf as f64 * idf;
            }
        }
        let mut ranked: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }
}
