// learner: optimal
// idiom: C-programmer style: levels as Vec<Vec<Digest>> built with index while-loops, recursive free fn carrying many parameters and an out-vector, early returns
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    lv: Vec<Vec<H::Digest>>,
    n: usize,
}

fn walk<D: Copy + Eq>(a: &[Vec<D>], b: &[Vec<D>], l: usize, i: usize, out: &mut Vec<Range<usize>>) {
    if a[l][i] == b[l][i] {
        return;
    }
    if l == 0 {
        let m = out.len();
        if m > 0 && out[m - 1].end == i {
            out[m - 1].end = i + 1;
        } else {
            out.push(i..i + 1);
        }
        return;
    }
    let c = 2 * i;
    walk(a, b, l - 1, c, out);
    if c + 1 < a[l - 1].len() {
        walk(a, b, l - 1, c + 1, out);
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut lv: Vec<Vec<H::Digest>> = Vec::new();
        if n == 0 {
            return MerkleTree { lv, n };
        }
        let mut first = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            first.push(H::leaf(blocks[i]));
            i += 1;
        }
        lv.push(first);
        while lv[lv.len() - 1].len() > 1 {
            let prev = &lv[lv.len() - 1];
            let m = prev.len();
            let mut next = Vec::with_capacity((m + 1) / 2);
            let mut j = 0;
            while j + 1 < m {
                next.push(H::node(prev[j], prev[j + 1]));
                j += 2;
            }
            if j < m {
                next.push(prev[j]);
            }
            lv.push(next);
        }
        MerkleTree { lv, n }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.lv.is_empty() {
            return None;
        }
        Some(self.lv[self.lv.len() - 1][0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("cannot diff trees of different length: {} vs {}", self.n, other.n);
        }
        let mut out = Vec::new();
        if self.n == 0 {
            return out;
        }
        let top = self.lv.len() - 1;
        walk(&self.lv, &other.lv, top, 0, &mut out);
        out
    }
}
