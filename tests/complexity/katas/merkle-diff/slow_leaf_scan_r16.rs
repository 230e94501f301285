// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): ignores the tree and compares the two leaf levels index by index
//! Merkle tree diff: see README.md.

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
    levels: Vec<Vec<H::Digest>>,
    _h: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = vec![blocks.iter().map(|b| H::leaf(b)).collect::<Vec<_>>()];
        loop {
            let cur = levels.last().unwrap();
            if cur.len() <= 1 {
                break;
            }
            let mut next = Vec::new();
            for i in (0..cur.len()).step_by(2) {
                next.push(if i + 1 < cur.len() { H::node(cur[i], cur[i + 1]) } else { cur[i] });
            }
            levels.push(next);
        }
        MerkleTree { levels, _h: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels[0].is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().unwrap().first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("different length");
        }
        if self.root() == other.root() {
            return Vec::new();
        }
        let mine = &self.levels[0];
        let theirs = &other.levels[0];
        let mut out: Vec<Range<usize>> = Vec::new();
        for i in 0..mine.len() {
            if mine[i] != theirs[i] {
                if let Some(r) = out.last_mut() {
                    if r.end == i {
                        r.end += 1;
                        continue;
                    }
                }
                out.push(i..i + 1);
            }
        }
        out
    }
}
