// learner: optimal
// idiom: borrow-checker fighter: Rc<RefCell<Node>> nodes, walks that clone the Rc of the next node out of a short borrow, explicit stack of (node, depth, char) with a shared String buffer truncated on the way back
//! A prefix tree (trie) of Unicode words: see README.md.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

type Link = Rc<RefCell<Node>>;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, Link>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Link,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Rc::new(RefCell::new(Node::default())), count: 0 }
    }

    fn walk(&self, s: &str) -> Option<Link> {
        let mut cur = Rc::clone(&self.root);
        for c in s.chars() {
            let next = cur.borrow().kids.get(&c).map(Rc::clone)?;
            cur = next;
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = Rc::clone(&self.root);
        for c in word.chars() {
            let next = {
                let mut node = cur.borrow_mut();
                Rc::clone(node.kids.entry(c).or_insert_with(|| Rc::new(RefCell::new(Node::default()))))
            };
            cur = next;
        }
        let fresh = !std::mem::replace(&mut cur.borrow_mut().end, true);
        if fresh {
            self.count += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |n| n.borrow().end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.count > 0 && self.walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.walk(prefix) else { return out };
        let mut buf = prefix.to_string();
        let base = buf.len();
        // (node, byte length of buf before this node's char, the char leading here)
        let mut stack: Vec<(Link, usize, Option<char>)> = vec![(start, base, None)];
        while let Some((node, keep, ch)) = stack.pop() {
            buf.truncate(keep);
            if let Some(c) = ch {
                buf.push(c);
            }
            let n = node.borrow();
            if n.end {
                out.push(buf.clone());
            }
            let here = buf.len();
            for (&c, kid) in n.kids.iter().rev() {
                stack.push((Rc::clone(kid), here, Some(c)));
            }
        }
        out
    }
}
