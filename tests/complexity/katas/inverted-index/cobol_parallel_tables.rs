// learner: optimal
// idiom: COBOL-style: term table (HashMap word -> slot) with parallel Vec tables of ids and counts, char-by-char tokenizer, index while-loops, one fn per paragraph
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;
use std::collections::HashSet;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut ws_words: Vec<String> = Vec::new();
    let mut ws_current: String = String::new();
    for ws_ch in text.chars() {
        if ws_ch.is_alphanumeric() {
            ws_current.push(ws_ch);
        } else {
            if !ws_current.is_empty() {
                ws_words.push(ws_current.to_lowercase());
                ws_current.clear();
            }
        }
    }
    if !ws_current.is_empty() {
        ws_words.push(ws_current.to_lowercase());
    }
    ws_words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut ws_out: Vec<DocId> = Vec::new();
    let mut ws_i: usize = 0;
    let mut ws_j: usize = 0;
    while ws_i < a.len() && ws_j < b.len() {
        if a[ws_i] < b[ws_j] {
            ws_i = ws_i + 1;
        } else if a[ws_i] > b[ws_j] {
            ws_j = ws_j + 1;
        } else {
            ws_out.push(a[ws_i]);
            ws_i = ws_i + 1;
            ws_j = ws_j + 1;
        }
    }
    ws_out
}

pub struct Index {
    ws_doc_count: usize,
    ws_term_slot: HashMap<String, usize>,
    ws_ids: Vec<Vec<DocId>>,
    ws_counts: Vec<Vec<u32>>,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut ws_index = Index {
            ws_doc_count: docs.len(),
            ws_term_slot: HashMap::new(),
            ws_ids: Vec::new(),
            ws_counts: Vec::new(),
        };
        let mut ws_doc: usize = 0;
        while ws_doc < docs.len() {
            let ws_words = tokenize(docs[ws_doc]);
            let mut ws_w: usize = 0;
            while ws_w < ws_words.len() {
                ws_index.add_occurrence_paragraph(&ws_words[ws_w], ws_doc);
                ws_w = ws_w + 1;
            }
            ws_doc = ws_doc + 1;
        }
        ws_index
    }

    fn add_occurrence_paragraph(&mut self, word: &str, doc: DocId) {
        let ws_slot: usize = match self.ws_term_slot.get(word) {
            Some(s) => *s,
            None => {
                let s = self.ws_ids.len();
                self.ws_term_slot.insert(word.to_string(), s);
                self.ws_ids.push(Vec::new());
                self.ws_counts.push(Vec::new());
                s
            }
        };
        let ws_len = self.ws_ids[ws_slot].len();
        if ws_len > 0 && self.ws_ids[ws_slot][ws_len - 1] == doc {
            self.ws_counts[ws_slot][ws_len - 1] = self.ws_counts[ws_slot][ws_len - 1] + 1;
        } else {
            self.ws_ids[ws_slot].push(doc);
            self.ws_counts[ws_slot].push(1);
        }
    }

    /// Distinct query terms as slots, shortest posting list first; None if a word is unknown.
    fn query_slots_paragraph(&self, query: &str) -> Option<Vec<usize>> {
        let ws_words = tokenize(query);
        let mut ws_seen: HashSet<usize> = HashSet::new();
        let mut ws_slots: Vec<usize> = Vec::new();
        let mut ws_w: usize = 0;
        while ws_w < ws_words.len() {
            match self.ws_term_slot.get(&ws_words[ws_w]) {
                None => return None,
                Some(s) => {
                    if ws_seen.insert(*s) {
                        ws_slots.push(*s);
                    }
                }
            }
            ws_w = ws_w + 1;
        }
        let ws_ids = &self.ws_ids;
        ws_slots.sort_by_key(|s| ws_ids[*s].len());
        Some(ws_slots)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let ws_slots = match self.query_slots_paragraph(query) {
            Some(s) => s,
            None => return Vec::new(),
        };
        if ws_slots.is_empty() {
            return Vec::new();
        }
        let mut ws_result: Vec<DocId> = self.ws_ids[ws_slots[0]].clone();
        let mut ws_k: usize = 1;
        while ws_k < ws_slots.len() {
            ws_result = intersect(&ws_result, &self.ws_ids[ws_slots[ws_k]]);
            ws_k = ws_k + 1;
        }
        ws_result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let ws_hits = self.search(query);
        if ws_hits.is_empty() {
            return Vec::new();
        }
        let ws_slots = self.query_slots_paragraph(query).unwrap_or_default();
        let mut ws_scores: Vec<f64> = vec![0.0; ws_hits.len()];
        let ws_n = self.ws_doc_count as f64;
        let mut ws_k: usize = 0;
        while ws_k < ws_slots.len() {
            let ws_ids = &self.ws_ids[ws_slots[ws_k]];
            let ws_counts = &self.ws_counts[ws_slots[ws_k]];
            let ws_idf = 1.0 + (ws_n / ws_ids.len() as f64).ln();
            let mut ws_p: usize = 0;
            let mut ws_h: usize = 0;
            while ws_p < ws_ids.len() && ws_h < ws_hits.len() {
                if ws_ids[ws_p] < ws_hits[ws_h] {
                    ws_p = ws_p + 1;
                } else if ws_ids[ws_p] > ws_hits[ws_h] {
                    ws_h = ws_h + 1;
                } else {
                    ws_scores[ws_h] = ws_scores[ws_h] + ws_counts[ws_p] as f64 * ws_idf;
                    ws_p = ws_p + 1;
                    ws_h = ws_h + 1;
                }
            }
            ws_k = ws_k + 1;
        }
        let mut ws_out: Vec<(DocId, f64)> = Vec::with_capacity(ws_hits.len());
        let mut ws_h: usize = 0;
        while ws_h < ws_hits.len() {
            ws_out.push((ws_hits[ws_h], ws_scores[ws_h]));
            ws_h = ws_h + 1;
        }
        ws_out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        ws_out
    }
}
