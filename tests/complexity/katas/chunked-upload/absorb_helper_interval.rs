// learner: optimal
// idiom: index/interval style: merge loop on the last range starting <= hi while it reaches lo, helper with many parameters returning the merged interval
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: u64,
    iv: BTreeMap<u64, u64>,
}

/// Absorbs into [lo, hi) every stored interval [s, e) with s <= hi and e >= lo
/// (overlapping or touching). Returns (lo', hi', covered) where covered is the
/// total length of the absorbed intervals (they are disjoint, so no double count).
fn absorb(iv: &mut BTreeMap<u64, u64>, lo: u64, hi: u64, covered: u64) -> (u64, u64, u64) {
    let (mut l, mut h, mut c) = (lo, hi, covered);
    loop {
        let (s, e) = match iv.range(..=h).next_back() {
            Some((&s, &e)) => (s, e),
            None => break,
        };
        if e < l {
            break; // disjoint and sorted: nothing earlier can reach l either
        }
        iv.remove(&s);
        c += e - s;
        if s < l {
            l = s;
        }
        if e > h {
            h = e;
        }
    }
    (l, h, c)
}

/// Complement of the intervals inside [0, n), in order.
fn gaps(iv: &BTreeMap<u64, u64>, n: u64) -> Vec<Range<u64>> {
    let mut g: Vec<Range<u64>> = Vec::with_capacity(iv.len() + 1);
    let mut x = 0u64;
    for (&s, &e) in iv.iter() {
        if x < s {
            g.push(x..s);
        }
        x = e;
    }
    if x < n {
        g.push(x..n);
    }
    g
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: 0, iv: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let b = offset.checked_add(len);
        if b.is_none() || b.unwrap() > self.size {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        }
        let b = b.unwrap();
        if b == offset {
            return Ok(0);
        }
        let (l, h, c) = absorb(&mut self.iv, offset, b, 0);
        self.iv.insert(l, h);
        let added = (h - l) - c;
        self.have += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        gaps(&self.iv, self.size)
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have >= self.size
    }
}
