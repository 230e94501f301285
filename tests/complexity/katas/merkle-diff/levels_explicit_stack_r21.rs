// learner: optimal
// idiom: quant-style: levels as Vec<Vec<Digest>>, explicit (level, index) stack, right child pushed first, ranges merged in place as leaves pop
//! Merkle tree and diff.

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    fn leaf(data: &[u8]) -> Self::Digest;
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    lv: Vec<Vec<H::Digest>>,
    _h: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut lv: Vec<Vec<H::Digest>> = Vec::new();
        if blocks.is_empty() {
            return MerkleTree { lv, _h: PhantomData };
        }
        let mut cur: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for b in blocks {
            cur.push(H::leaf(b));
        }
        while cur.len() > 1 {
            let m = cur.len();
            let mut up: Vec<H::Digest> = Vec::with_capacity((m + 1) / 2);
            let mut i = 0;
            while i + 1 < m {
                up.push(H::node(cur[i], cur[i + 1]));
                i += 2;
            }
            if i < m {
                up.push(cur[i]);
            }
            lv.push(cur);
            cur = up;
        }
        lv.push(cur);
        MerkleTree { lv, _h: PhantomData }
    }

    pub fn len(&self) -> usize {
        match self.lv.first() {
            Some(l) => l.len(),
            None => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lv.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.lv.last().map(|l| l[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch: {} vs {}", self.len(), other.len());
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.lv.is_empty() {
            return out;
        }
        let top = self.lv.len() - 1;
        let mut stk: Vec<(usize, usize)> = Vec::with_capacity(2 * self.lv.len());
        stk.push((top, 0));
        while let Some((k, i)) = stk.pop() {
            if self.lv[k][i] == other.lv[k][i] {
                continue;
            }
            if k == 0 {
                match out.last_mut() {
                    Some(r) if r.end == i => r.end = i + 1,
                    _ => out.push(i..i + 1),
                }
                continue;
            }
            let l = 2 * i;
            let below = self.lv[k - 1].len();
            if l + 1 < below {
                stk.push((k - 1, l + 1));
            }
            stk.push((k - 1, l));
        }
        out
    }
}
