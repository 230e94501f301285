// learner: optimal
// idiom: bootcamp style, HashMap of Vec<Posting> structs, index while-loops everywhere, cloned lists, comments on every step
//! A tiny search engine: an inverted index over a fixed set of documents.

use std::collections::HashMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

/// Splits `text` into lower-case words.
pub fn tokenize(text: &str) -> Vec<String> {
    // The words we found so far.
    let mut words: Vec<String> = Vec::new();
    // The word we are building right now.
    let mut current = String::new();
    // Look at every character one by one.
    for c in text.chars() {
        if c.is_alphanumeric() {
            // Part of a word: remember it.
            current.push(c);
        } else {
            // A separator: if we were building a word, it is finished.
            if !current.is_empty() {
                words.push(current.to_lowercase());
                current = String::new();
            }
        }
    }
    // Do not forget the last word.
    if !current.is_empty() {
        words.push(current.to_lowercase());
    }
    words
}

/// The ids present in both sorted, duplicate-free slices, in increasing order.
pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    // The common ids.
    let mut result: Vec<DocId> = Vec::new();
    // One cursor in each list.
    let mut i: usize = 0;
    let mut j: usize = 0;
    // Walk until one list runs out.
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            // Same id in both: keep it and move both cursors.
            result.push(a[i]);
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            // a is behind: move it forward.
            i += 1;
        } else {
            // b is behind: move it forward.
            j += 1;
        }
    }
    result
}

/// One document in a posting list, with how many times the word is in it.
#[derive(Debug, Clone)]
struct Posting {
    doc: DocId,
    count: u32,
}

pub struct Index {
    /// For each word, the documents containing it, by increasing id.
    postings: HashMap<String, Vec<Posting>>,
    /// How many documents there are (N).
    total_docs: usize,
}

impl Index {
    /// Indexes `docs`; document `i` gets id `i`.
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        // Go through the documents in id order, so every list stays sorted.
        let mut doc_id: usize = 0;
        while doc_id < docs.len() {
            let words = tokenize(docs[doc_id]);
            for word in words {
                // Get (or create) this word's list.
                let list = postings.entry(word).or_insert_with(Vec::new);
                // If the last posting is this document, just count one more.
                let mut same_doc = false;
                if let Some(last) = list.last_mut() {
                    if last.doc == doc_id {
                        last.count += 1;
                        same_doc = true;
                    }
                }
                // Otherwise this document is new for this word.
                if !same_doc {
                    list.push(Posting { doc: doc_id, count: 1 });
                }
            }
            doc_id += 1;
        }
        Index { postings: postings, total_docs: docs.len() }
    }

    /// The distinct words of the query, in first-seen order.
    fn distinct_words(query: &str) -> Vec<String> {
        let mut distinct: Vec<String> = Vec::new();
        for word in tokenize(query) {
            // A query only has a few words, so checking the small list is fine.
            let mut already = false;
            for seen in &distinct {
                if *seen == word {
                    already = true;
                }
            }
            if !already {
                distinct.push(word);
            }
        }
        distinct
    }

    /// The document ids of one word's posting list.
    fn ids_of(&self, word: &str) -> Vec<DocId> {
        let mut ids: Vec<DocId> = Vec::new();
        if let Some(list) = self.postings.get(word) {
            for posting in list {
                ids.push(posting.doc);
            }
        }
        ids
    }

    /// Ids of the documents containing every word of `query`, increasing.
    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::distinct_words(query);
        // No words: nothing matches.
        if words.is_empty() {
            return Vec::new();
        }
        // Start with the first word's documents.
        let mut result = self.ids_of(&words[0]);
        // Keep only the documents that also contain every other word.
        let mut k: usize = 1;
        while k < words.len() {
            // Nothing left: no need to go on.
            if result.is_empty() {
                break;
            }
            let other = self.ids_of(&words[k]);
            result = intersect(&result, &other);
            k += 1;
        }
        result
    }

    /// The matches of `search(query)` with their TF-IDF scores, best first.
    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let words = Self::distinct_words(query);
        // Every hit starts with a score of zero.
        let mut scores: Vec<f64> = vec![0.0; hits.len()];
        let n = self.total_docs as f64;
        for word in &words {
            let list = match self.postings.get(word) {
                Some(list) => list.clone(),
                None => continue,
            };
            let df = list.len() as f64;
            let idf = 1.0 + (n / df).ln();
            // Both the hits and the list are sorted: walk them side by side.
            let mut h: usize = 0;
            let mut p: usize = 0;
            while h < hits.len() && p < list.len() {
                if list[p].doc == hits[h] {
                    scores[h] += list[p].count as f64 * idf;
                    h += 1;
                    p += 1;
                } else if list[p].doc < hits[h] {
                    p += 1;
                } else {
                    h += 1;
                }
            }
        }
        // Put the ids and scores together.
        let mut answer: Vec<(DocId, f64)> = Vec::new();
        let mut h: usize = 0;
        while h < hits.len() {
            answer.push((hits[h], scores[h]));
            h += 1;
        }
        // Best score first, equal scores by smaller id.
        answer.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        answer
    }
}
