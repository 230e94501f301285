// learner: optimal
// idiom: functional: tokenizer as a fold over chars into (words, current), intersect via a Common<'a> struct implementing Iterator, ranking with zip over results and a peekable posting walk
use std::collections::{BTreeSet, HashMap};
use std::iter::Peekable;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let (mut words, last) = text.chars().fold((Vec::new(), String::new()), |(mut words, mut cur), c| {
        if c.is_alphanumeric() {
            cur.push(c);
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur).to_lowercase());
        }
        (words, cur)
    });
    if !last.is_empty() {
        words.push(last.to_lowercase());
    }
    words
}

struct Common<'a> {
    a: &'a [DocId],
    b: &'a [DocId],
}

impl Iterator for Common<'_> {
    type Item = DocId;
    fn next(&mut self) -> Option<DocId> {
        loop {
            let (&x, &y) = (self.a.first()?, self.b.first()?);
            if x < y {
                self.a = &self.a[1..];
            } else if y < x {
                self.b = &self.b[1..];
            } else {
                self.a = &self.a[1..];
                self.b = &self.b[1..];
                return Some(x);
            }
        }
    }
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    Common { a, b }.collect()
}

#[derive(Default)]
struct Posting {
    docs: Vec<DocId>,
    freq: Vec<u32>,
}

pub struct Index {
    postings: HashMap<String, Posting>,
    total: usize,
}

fn walk<'a>(p: &'a Posting) -> Peekable<impl Iterator<Item = (DocId, u32)> + 'a> {
    p.docs.iter().copied().zip(p.freq.iter().copied()).peekable()
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Posting> = HashMap::new();
        docs.iter().enumerate().for_each(|(d, text)| {
            tokenize(text).into_iter().for_each(|w| {
                let p = postings.entry(w).or_default();
                match p.docs.last() {
                    Some(&last) if last == d => *p.freq.last_mut().unwrap() += 1,
                    _ => {
                        p.docs.push(d);
                        p.freq.push(1);
                    }
                }
            })
        });
        Index { postings, total: docs.len() }
    }

    fn query_postings(&self, query: &str) -> Option<Vec<&Posting>> {
        let words: BTreeSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        words.iter().map(|w| self.postings.get(w)).collect()
    }

    fn matches(lists: &[&Posting]) -> Vec<DocId> {
        let mut order: Vec<&&Posting> = lists.iter().collect();
        order.sort_by_key(|p| p.docs.len());
        let (first, rest) = order.split_first().expect("non-empty");
        rest.iter().fold(first.docs.clone(), |acc, p| intersect(&acc, &p.docs))
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.query_postings(query).map(|l| Self::matches(&l)).unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(lists) = self.query_postings(query) else { return Vec::new() };
        let hits = Self::matches(&lists);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for p in &lists {
            let idf = 1.0 + (self.total as f64 / p.docs.len() as f64).ln();
            let mut it = walk(p);
            for (doc, score) in scored.iter_mut() {
                while it.next_if(|&(d, _)| d < *doc).is_some() {}
                let tf = it.peek().map_or(0, |&(_, f)| f);
                *score += tf as f64 * idf;
            }
        }
        scored.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap().then_with(|| x.0.cmp(&y.0)));
        scored
    }
}
