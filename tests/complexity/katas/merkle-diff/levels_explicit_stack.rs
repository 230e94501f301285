// learner: optimal
// idiom: Vec<Vec<Digest>> levels built with index loops, diff as iterative DFS on a Vec<(u32, usize)> stack, right child pushed first, ranges merged in place
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

/// A Merkle tree: levels[0] = leaves, last level = root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    n: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if n == 0 {
            return MerkleTree { levels, n, _hasher: PhantomData };
        }
        let mut leaves: Vec<H::Digest> = Vec::with_capacity(n);
        let mut i: usize = 0;
        while i < n {
            leaves.push(H::leaf(blocks[i]));
            i += 1;
        }
        levels.push(leaves);
        loop {
            let below = levels.len() - 1;
            let m = levels[below].len();
            if m == 1 {
                break;
            }
            let mut up: Vec<H::Digest> = Vec::with_capacity((m + 1) / 2);
            let mut j: usize = 0;
            while j + 1 < m {
                up.push(H::node(levels[below][j], levels[below][j + 1]));
                j += 2;
            }
            if j < m {
                up.push(levels[below][j]);
            }
            levels.push(up);
        }
        MerkleTree { levels, n, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        if self.levels.is_empty() {
            return None;
        }
        Some(self.levels[self.levels.len() - 1][0])
    }

    /// The ranges of block indices whose leaf digests differ between the two trees.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("cannot diff trees of different length: {} vs {}", self.n, other.n);
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.n == 0 {
            return out;
        }
        let top = (self.levels.len() - 1) as u32;
        let mut stack: Vec<(u32, usize)> = Vec::with_capacity(2 * self.levels.len());
        stack.push((top, 0));
        loop {
            let (lv, idx) = match stack.pop() {
                Some(e) => e,
                None => break,
            };
            let l = lv as usize;
            if self.levels[l][idx] == other.levels[l][idx] {
                continue;
            }
            if l == 0 {
                let k = out.len();
                if k > 0 && out[k - 1].end == idx {
                    out[k - 1].end = idx + 1;
                } else {
                    out.push(idx..idx + 1);
                }
                continue;
            }
            let left = 2 * idx;
            let right = left + 1;
            if right < self.levels[l - 1].len() {
                stack.push((lv - 1, right));
            }
            stack.push((lv - 1, left));
        }
        out
    }
}
