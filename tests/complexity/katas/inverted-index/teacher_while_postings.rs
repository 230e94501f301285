// learner: optimal
// idiom: teacher style, index while loops for tokenize/intersect, HashMap term -> (ids, counts) built with explicit steps, tf picked up by walking postings beside hits
use std::collections::HashMap;
use std::collections::HashSet;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current_word = String::new();
    // look at each character one by one
    for character in text.chars() {
        if character.is_alphanumeric() {
            // still inside a word: add it
            current_word.push(character);
        } else if !current_word.is_empty() {
            // a separator ends the word
            words.push(current_word.to_lowercase());
            current_word.clear();
        }
    }
    // the last word may still be open
    if !current_word.is_empty() {
        words.push(current_word.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut common = Vec::new();
    let mut left = 0;
    let mut right = 0;
    while left < a.len() && right < b.len() {
        let left_id = a[left];
        let right_id = b[right];
        if left_id == right_id {
            common.push(left_id);
            left = left + 1;
            right = right + 1;
        } else if left_id < right_id {
            left = left + 1;
        } else {
            right = right + 1;
        }
    }
    common
}

struct Posting {
    doc_ids: Vec<DocId>,
    counts: Vec<u32>,
}

pub struct Index {
    postings: HashMap<String, Posting>,
    number_of_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Posting> = HashMap::new();
        let mut doc_number = 0;
        while doc_number < docs.len() {
            let words = tokenize(docs[doc_number]);
            for word in words {
                let posting = postings
                    .entry(word)
                    .or_insert(Posting { doc_ids: Vec::new(), counts: Vec::new() });
                let last_spot = posting.doc_ids.len();
                let already_there = last_spot > 0 && posting.doc_ids[last_spot - 1] == doc_number;
                if already_there {
                    posting.counts[last_spot - 1] += 1;
                } else {
                    posting.doc_ids.push(doc_number);
                    posting.counts.push(1);
                }
            }
            doc_number = doc_number + 1;
        }
        Index { postings, number_of_docs: docs.len() }
    }

    // the distinct query words, or None when one of them is in no document
    fn query_postings(&self, query: &str) -> Option<Vec<&Posting>> {
        let mut seen_words = HashSet::new();
        let mut lists = Vec::new();
        for word in tokenize(query) {
            if seen_words.contains(&word) {
                continue;
            }
            match self.postings.get(&word) {
                Some(posting) => lists.push(posting),
                None => return None,
            }
            seen_words.insert(word);
        }
        if lists.is_empty() {
            return None;
        }
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let lists = match self.query_postings(query) {
            Some(lists) => lists,
            None => return Vec::new(),
        };
        let mut result = lists[0].doc_ids.clone();
        let mut which = 1;
        while which < lists.len() {
            result = intersect(&result, &lists[which].doc_ids);
            which = which + 1;
        }
        result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let lists = match self.query_postings(query) {
            Some(lists) => lists,
            None => return Vec::new(),
        };
        let mut scores: Vec<f64> = vec![0.0; hits.len()];
        let total_docs = self.number_of_docs as f64;
        for posting in lists {
            let doc_freq = posting.doc_ids.len() as f64;
            let idf = 1.0 + (total_docs / doc_freq).ln();
            // walk the posting list beside the hits (both are sorted)
            let mut spot = 0;
            let mut hit_number = 0;
            while hit_number < hits.len() {
                while posting.doc_ids[spot] < hits[hit_number] {
                    spot = spot + 1;
                }
                let tf = posting.counts[spot] as f64;
                scores[hit_number] += tf * idf;
                hit_number = hit_number + 1;
            }
        }
        let mut answer: Vec<(DocId, f64)> = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            answer.push((hits[i], scores[i]));
            i = i + 1;
        }
        answer.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        answer
    }
}
