// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): walks every stored range of the BTreeMap to find the overlapping ones
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    done: BTreeMap<u64, u64>,
    bytes: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, done: BTreeMap::new(), bytes: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut hi = end;
        let mut old = 0;
        let mut hits = Vec::new();
        for (&s, &e) in self.done.iter() {
            if e >= offset && s <= end {
                hits.push(s);
                old += e - s;
                lo = lo.min(s);
                hi = hi.max(e);
            }
        }
        for s in hits {
            self.done.remove(&s);
        }
        self.done.insert(lo, hi);
        let fresh = hi - lo - old;
        self.bytes += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for (&s, &e) in &self.done {
            if s > pos {
                out.push(pos..s);
            }
            pos = e;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytes
    }

    pub fn is_complete(&self) -> bool {
        self.bytes == self.size
    }
}
