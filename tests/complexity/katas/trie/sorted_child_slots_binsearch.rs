// learner: optimal
// idiom: flat node pages with a sorted Vec<(char, u32)> slot array of children per node (binary_search + insert at the slot), index-based explicit DFS cursor stack of (node, next_slot)
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug)]
struct Page {
    /// Children sorted by char: at most one slot per distinct next char.
    slots: Vec<(char, u32)>,
    terminal: bool,
}

impl Page {
    fn empty() -> Self {
        Page { slots: Vec::new(), terminal: false }
    }

    fn child(&self, c: char) -> Option<u32> {
        match self.slots.binary_search_by(|probe| probe.0.cmp(&c)) {
            Ok(at) => Some(self.slots[at].1),
            Err(_) => None,
        }
    }
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    pages: Vec<Page>,
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { pages: vec![Page::empty()], word_count: 0 }
    }

    fn seek(&self, key: &str) -> Option<u32> {
        let mut at: u32 = 0;
        for c in key.chars() {
            match self.pages[at as usize].child(c) {
                Some(next) => at = next,
                None => return None,
            }
        }
        Some(at)
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut at: u32 = 0;
        for c in word.chars() {
            let search = self.pages[at as usize].slots.binary_search_by(|probe| probe.0.cmp(&c));
            at = match search {
                Ok(slot) => self.pages[at as usize].slots[slot].1,
                Err(slot) => {
                    let fresh = self.pages.len() as u32;
                    self.pages.push(Page::empty());
                    // at most one slot per distinct char: bounded by the alphabet
                    self.pages[at as usize].slots.insert(slot, (c, fresh));
                    fresh
                }
            };
        }
        let page = &mut self.pages[at as usize];
        if page.terminal {
            false
        } else {
            page.terminal = true;
            self.word_count += 1;
            true
        }
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        if let Some(p) = self.seek(word) {
            self.pages[p as usize].terminal
        } else {
            false
        }
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.word_count == 0 {
            return false;
        }
        self.seek(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.word_count
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.word_count == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        let start = match self.seek(prefix) {
            Some(p) => p,
            None => return result,
        };
        let mut key = prefix.to_string();
        if self.pages[start as usize].terminal {
            result.push(key.clone());
        }
        // cursor stack: (page, index of the next slot to descend into)
        let mut cursors: Vec<(u32, usize)> = vec![(start, 0)];
        while let Some(top) = cursors.last_mut() {
            let (page, next_slot) = *top;
            let slots = &self.pages[page as usize].slots;
            if next_slot == slots.len() {
                cursors.pop();
                if !cursors.is_empty() {
                    key.pop();
                }
                continue;
            }
            top.1 += 1;
            let (c, child) = slots[next_slot];
            key.push(c);
            if self.pages[child as usize].terminal {
                result.push(key.clone());
            }
            cursors.push((child, 0));
        }
        result
    }
}
