// learner: optimal
// idiom: embedded-ish index loops building Vec<Vec<Digest>> levels, explicit Vec stack of (level, idx), match-heavy diff loop
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
    n: usize,
    _p: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut lv: Vec<Vec<H::Digest>> = Vec::new();
        if n == 0 {
            return MerkleTree { lv, n, _p: PhantomData };
        }
        let mut cur: Vec<H::Digest> = Vec::with_capacity(n);
        for b in blocks {
            cur.push(H::leaf(b));
        }
        loop {
            let m = cur.len();
            if m == 1 {
                lv.push(cur);
                break;
            }
            let mut up: Vec<H::Digest> = Vec::with_capacity((m + 1) / 2);
            let mut k = 0;
            while k < m {
                match cur.get(k + 1) {
                    Some(&r) => up.push(H::node(cur[k], r)),
                    None => up.push(cur[k]),
                }
                k += 2;
            }
            lv.push(cur);
            cur = up;
        }
        MerkleTree { lv, n, _p: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        match self.lv.last() {
            Some(top) => Some(top[0]),
            None => None,
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("length mismatch: {} blocks vs {} blocks", self.n, other.n);
        }
        let mut res: Vec<Range<usize>> = Vec::new();
        if self.n == 0 {
            return res;
        }
        let mut stack: Vec<(usize, usize)> = Vec::with_capacity(2 * self.lv.len());
        stack.push((self.lv.len() - 1, 0));
        while let Some((l, i)) = stack.pop() {
            if self.lv[l][i] == other.lv[l][i] {
                continue;
            }
            match l {
                0 => match res.last_mut() {
                    Some(r) if r.end == i => r.end = i + 1,
                    _ => res.push(i..i + 1),
                },
                _ => {
                    let below = self.lv[l - 1].len();
                    if 2 * i + 1 < below {
                        stack.push((l - 1, 2 * i + 1));
                    }
                    stack.push((l - 1, 2 * i));
                }
            }
        }
        res
    }
}
