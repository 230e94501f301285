// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): rebuilds the whole sorted Vec of spans on every chunk
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone, Copy)]
struct Span {
    lo: u64,
    hi: u64,
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: Vec<Span>,
    have: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: Vec::new(), have: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut result: Vec<Span> = Vec::with_capacity(self.spans.len() + 1);
        let mut cur = Span { lo: offset, hi: end };
        let mut old = 0u64;
        let mut placed = false;
        for sp in self.spans.iter() {
            if sp.hi < cur.lo {
                result.push(*sp);
            } else if sp.lo > cur.hi {
                if !placed {
                    result.push(cur);
                    placed = true;
                }
                result.push(*sp);
            } else {
                old += sp.hi - sp.lo;
                cur.lo = cur.lo.min(sp.lo);
                cur.hi = cur.hi.max(sp.hi);
            }
        }
        if !placed {
            result.push(cur);
        }
        self.spans = result;
        let fresh = (cur.hi - cur.lo) - old;
        self.have += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::new();
        let mut pos = 0;
        for sp in &self.spans {
            if sp.lo > pos {
                result.push(pos..sp.lo);
            }
            pos = sp.hi;
        }
        if pos < self.size {
            result.push(pos..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
