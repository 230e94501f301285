// learner: optimal
// idiom: hand-rolled sorted Vec<(char, u32)> children with binary_search_by_key, iterative DFS with (node, next child) frames
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Default)]
struct Slot {
    kids: Vec<(char, u32)>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    slots: Vec<Slot>,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Self { slots: vec![Slot::default()], size: 0 }
    }

    fn child(&self, at: u32, c: char) -> Option<u32> {
        let kids = &self.slots[at as usize].kids;
        kids.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| kids[i].1)
    }

    fn walk(&self, s: &str) -> Option<u32> {
        let mut at = 0u32;
        for c in s.chars() {
            at = self.child(at, c)?;
        }
        Some(at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0usize;
        for c in word.chars() {
            let next = self.slots.len() as u32;
            let kids = &mut self.slots[at].kids;
            at = match kids.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => kids[i].1 as usize,
                Err(i) => {
                    kids.insert(i, (c, next));
                    self.slots.push(Slot::default());
                    next as usize
                }
            };
        }
        if self.slots[at].end {
            false
        } else {
            self.slots[at].end = true;
            self.size += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.walk(word), Some(at) if self.slots[at as usize].end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.size > 0 && self.walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found = Vec::new();
        let Some(top) = self.walk(prefix) else { return found };
        let mut word = prefix.to_owned();
        // each frame: node and index of the next child to visit
        let mut frames: Vec<(u32, usize)> = vec![(top, 0)];
        if self.slots[top as usize].end {
            found.push(word.clone());
        }
        while let Some(frame) = frames.last_mut() {
            let (node, next) = *frame;
            let kids = &self.slots[node as usize].kids;
            if next == kids.len() {
                frames.pop();
                if !frames.is_empty() {
                    word.pop();
                }
                continue;
            }
            frame.1 += 1;
            let (c, kid) = kids[next];
            word.push(c);
            if self.slots[kid as usize].end {
                found.push(word.clone());
            }
            frames.push((kid, 0));
        }
        found
    }
}
