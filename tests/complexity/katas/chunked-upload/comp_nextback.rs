// learner: optimal
// idiom: competitive: one BTreeMap<u64,u64>, while-let pulling the last range starting at or before hi via range(..=hi).next_back(), std::mem::swap-free min/max, missing via iterator chain over keys with once() sentinels
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}
use std::collections::BTreeMap;
use std::iter::once;

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
        let (mut l, mut r) = match offset.checked_add(len) {
            Some(e) if e <= self.n => (offset, e),
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.n }),
        };
        if l == r {
            return Ok(0);
        }
        let mut gone = 0;
        while let Some((&s, &e)) = self.m.range(..=r).next_back() {
            if e < l {
                break;
            }
            self.m.remove(&s);
            gone += e - s;
            l = l.min(s);
            r = r.max(e);
        }
        self.m.insert(l, r);
        let d = r - l - gone;
        self.t += d;
        Ok(d)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let ends = once(0).chain(self.m.values().copied());
        let starts = self.m.keys().copied().chain(once(self.n));
        ends.zip(starts).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.t
    }

    pub fn is_complete(&self) -> bool {
        self.t == self.n
    }
}
