// learner: optimal
// idiom: Dart-ish: builder-style IndexBuilder, Peekable-iterator intersection, BTreeSet for distinct query words, scored hits as a tiny struct
use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| (!w.is_empty()).then(|| w.to_lowercase()))
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().copied().peekable();
    let mut right = b.iter().copied().peekable();
    let mut common = Vec::new();
    while let (Some(&x), Some(&y)) = (left.peek(), right.peek()) {
        if x < y {
            left.next();
        } else if y < x {
            right.next();
        } else {
            common.push(x);
            left.next();
            right.next();
        }
    }
    common
}

#[derive(Default)]
struct PostingList {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

impl PostingList {
    fn record(&mut self, doc: DocId) {
        if self.docs.last() == Some(&doc) {
            *self.counts.last_mut().unwrap() += 1;
        } else {
            self.docs.push(doc);
            self.counts.push(1);
        }
    }
}

#[derive(Default)]
struct IndexBuilder {
    lists: HashMap<String, PostingList>,
    docs: usize,
}

impl IndexBuilder {
    fn add(mut self, text: &str) -> Self {
        let doc = self.docs;
        for word in tokenize(text) {
            self.lists.entry(word).or_default().record(doc);
        }
        self.docs += 1;
        self
    }

    fn build(self) -> Index {
        Index { lists: self.lists, docs: self.docs }
    }
}

#[derive(Clone, Copy)]
struct Scored {
    doc: DocId,
    score: f64,
}

pub struct Index {
    lists: HashMap<String, PostingList>,
    docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        docs.iter().fold(IndexBuilder::default(), |b, d| b.add(d)).build()
    }

    fn lists_for(&self, query: &str) -> Vec<&PostingList> {
        let words: BTreeSet<String> = tokenize(query).into_iter().collect();
        let found: Vec<&PostingList> = words.iter().filter_map(|w| self.lists.get(w)).collect();
        if words.is_empty() || found.len() < words.len() {
            return Vec::new();
        }
        let mut found = found;
        found.sort_by_key(|l| l.docs.len());
        found
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let lists = self.lists_for(query);
        match lists.split_first() {
            None => Vec::new(),
            Some((first, rest)) => rest
                .iter()
                .fold(first.docs.clone(), |acc, l| intersect(&acc, &l.docs)),
        }
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let total = self.docs as f64;
        let mut scored: Vec<Scored> = hits.iter().map(|&doc| Scored { doc, score: 0.0 }).collect();
        for list in self.lists_for(query) {
            let idf = 1.0 + (total / list.docs.len() as f64).ln();
            let mut postings = list.docs.iter().zip(&list.counts).peekable();
            for s in scored.iter_mut() {
                while postings.next_if(|(&d, _)| d < s.doc).is_some() {}
                if let Some((_, &tf)) = postings.peek() {
                    s.score += tf as f64 * idf;
                }
            }
        }
        scored.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.doc.cmp(&b.doc)));
        scored.into_iter().map(|s| (s.doc, s.score)).collect()
    }
}
