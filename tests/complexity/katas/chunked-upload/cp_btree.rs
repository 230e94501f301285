// learner: optimal
// idiom: competitive-programmer: short names, everything inline in receive, BTreeMap start->end
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    n: u64,
    m: BTreeMap<u64, u64>,
    t: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { n: size, m: BTreeMap::new(), t: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let e = match offset.checked_add(len) {
            Some(e) if e <= self.n => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.n }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b, mut r) = (offset, e, 0u64);
        if let Some((&s, &t)) = self.m.range(..a).next_back() {
            if t >= a {
                self.m.remove(&s);
                r += t - s;
                a = s;
                if t > b { b = t; }
            }
        }
        while let Some((&s, &t)) = self.m.range(a..=b).next() {
            self.m.remove(&s);
            r += t - s;
            if t > b { b = t; }
        }
        self.m.insert(a, b);
        let x = (b - a) - r;
        self.t += x;
        Ok(x)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut v = Vec::new();
        let mut p = 0;
        for (&s, &e) in &self.m {
            if s > p { v.push(p..s); }
            p = e;
        }
        if p < self.n { v.push(p..self.n); }
        v
    }

    pub fn received_bytes(&self) -> u64 {
        self.t
    }

    pub fn is_complete(&self) -> bool {
        self.t == self.n
    }
}
