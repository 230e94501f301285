// learner: optimal
// idiom: experienced: let-else bounds check, while-let over range().next(), BTreeMap<u64,u64>, map-based missing()
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone, Default)]
pub struct Upload {
    size: u64,
    have: BTreeMap<u64, u64>,
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, ..Self::default() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let oob = UploadError::OutOfBounds { offset, len, size: self.size };
        let Some(mut hi) = offset.checked_add(len).filter(|&e| e <= self.size) else {
            return Err(oob);
        };
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut overlap = 0;
        if let Some((&s, &e)) = self.have.range(..lo).next_back() {
            if e >= lo {
                self.have.remove(&s);
                overlap += e - s;
                lo = s;
                hi = hi.max(e);
            }
        }
        while let Some((&s, &e)) = self.have.range(lo..=hi).next() {
            self.have.remove(&s);
            overlap += e - s;
            hi = hi.max(e);
        }
        self.have.insert(lo, hi);
        let fresh = hi - lo - overlap;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut at = 0;
        let mut out: Vec<Range<u64>> = self
            .have
            .iter()
            .filter_map(|(&s, &e)| {
                let gap = at..s;
                at = e;
                (!gap.is_empty()).then_some(gap)
            })
            .collect();
        if at < self.size {
            out.push(at..self.size);
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
