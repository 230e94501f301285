// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): sorted Vec of ranges, linear scan for the landing spot plus Vec::insert/remove shifting
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    got: u64,
    /// disjoint, non-touching, sorted by start
    segs: Vec<(u64, u64)>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, got: 0, segs: Vec::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let b = match offset.checked_add(len) {
            Some(b) if b <= self.size => b,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let n = self.segs.len();
        // first segment that could touch [offset, b): its end >= offset
        let mut i = 0usize;
        while i < n && self.segs[i].1 < offset {
            i += 1;
        }
        let (mut lo, mut hi, mut old) = (offset, b, 0u64);
        while i < self.segs.len() && self.segs[i].0 <= hi {
            let (s, e) = self.segs.remove(i);
            old += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.segs.insert(i, (lo, hi));
        let add = (hi - lo) - old;
        self.got += add;
        Ok(add)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut x = 0u64;
        for k in 0..self.segs.len() {
            let (s, e) = self.segs[k];
            if s > x {
                out.push(x..s);
            }
            x = e;
        }
        if x < self.size {
            out.push(x..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}
