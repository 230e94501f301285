// learner: slow
// idiom: Nix: `foldl' insertRange [] ranges` -- the chunk is threaded through the old sorted list, producing a brand-new list: gaps before it copied, overlaps merged into it, the rest copied after
// why: each receive copies all n stored ranges into a fresh list: O(n) per chunk even when it touches nothing, target O(k log n) (amortised O(log n))

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Clone, Copy, Debug)]
struct Span {
    start: u64,
    end: u64,
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
        let mut chunk = Span { start: offset, end };
        let mut overlapped = 0;
        let mut out: Vec<Span> = Vec::with_capacity(self.spans.len() + 1);
        let mut placed = false;
        for &sp in &self.spans {
            if sp.end < chunk.start {
                out.push(sp);
            } else if sp.start > chunk.end {
                if !placed {
                    out.push(chunk);
                    placed = true;
                }
                out.push(sp);
            } else {
                overlapped += sp.end - sp.start;
                chunk = Span { start: chunk.start.min(sp.start), end: chunk.end.max(sp.end) };
            }
        }
        if !placed {
            out.push(chunk);
        }
        self.spans = out;
        let fresh = (chunk.end - chunk.start) - overlapped;
        self.have += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut at = 0;
        for sp in &self.spans {
            if sp.start > at {
                gaps.push(at..sp.start);
            }
            at = sp.end;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
