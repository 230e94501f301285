// learner: optimal
// idiom: Go-style: BTreeMap start->end, free helper funcs taking &mut map plus bounds and a &mut removed counter, explicit loops with early break
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: BTreeMap<u64, u64>,
    got: u64,
}

fn absorb_left(spans: &mut BTreeMap<u64, u64>, lo: u64, hi: u64, removed: &mut u64) -> (u64, u64) {
    let mut start = lo;
    let mut end = hi;
    let mut found: Option<(u64, u64)> = None;
    if let Some((&s, &e)) = spans.range(..lo).next_back() {
        if e >= lo {
            found = Some((s, e));
        }
    }
    if let Some((s, e)) = found {
        spans.remove(&s);
        *removed += e - s;
        start = s;
        if e > end {
            end = e;
        }
    }
    (start, end)
}

fn absorb_right(spans: &mut BTreeMap<u64, u64>, lo: u64, hi: u64, removed: &mut u64) -> u64 {
    let mut end = hi;
    loop {
        let next = spans.range(lo..=end).next().map(|(&s, &e)| (s, e));
        let (s, e) = match next {
            Some(p) => p,
            None => break,
        };
        spans.remove(&s);
        *removed += e - s;
        if e > end {
            end = e;
        }
    }
    end
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: BTreeMap::new(), got: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut removed = 0u64;
        let (lo, hi) = absorb_left(&mut self.spans, offset, end, &mut removed);
        let hi = absorb_right(&mut self.spans, lo, hi, &mut removed);
        self.spans.insert(lo, hi);
        let fresh = (hi - lo) - removed;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0u64;
        for (&s, &e) in self.spans.iter() {
            if s > at {
                out.push(at..s);
            }
            at = e;
        }
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
