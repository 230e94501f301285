// learner: optimal
// idiom: embedded spinlock on an AtomicU8 (compare_exchange EMPTY->BUSY), drop-guard resets on panic, no Mutex inside OnceCell
use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;

const ST_EMPTY: u8 = 0;
const ST_BUSY: u8 = 1;
const ST_DONE: u8 = 2;

pub struct OnceCell<T> {
    st: AtomicU8,
    val: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: val is written by the single thread that won EMPTY->BUSY, then published
// by DONE (Release). After DONE it is immutable until drop.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

struct Reset<'a> {
    st: &'a AtomicU8,
    armed: bool,
}

impl Drop for Reset<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.st.store(ST_EMPTY, Ordering::Release);
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { st: AtomicU8::new(ST_EMPTY), val: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.st.load(Ordering::Acquire) == ST_DONE {
            Some(unsafe { (*self.val.get()).assume_init_ref() })
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut f = Some(init);
        loop {
            let s = self.st.load(Ordering::Acquire);
            if s == ST_DONE {
                return unsafe { (*self.val.get()).assume_init_ref() };
            }
            if s == ST_BUSY {
                std::thread::yield_now();
                continue;
            }
            if self
                .st
                .compare_exchange(ST_EMPTY, ST_BUSY, Ordering::Acquire, Ordering::Acquire)
                .is_err()
            {
                continue;
            }
            let mut rst = Reset { st: &self.st, armed: true };
            let v = (f.take().unwrap())();
            unsafe { (*self.val.get()).write(v) };
            rst.armed = false;
            self.st.store(ST_DONE, Ordering::Release);
            return unsafe { (*self.val.get()).assume_init_ref() };
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let me = std::mem::ManuallyDrop::new(self);
        if me.st.load(Ordering::Acquire) == ST_DONE {
            Some(unsafe { (*me.val.get()).assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.st.get_mut() == ST_DONE {
            unsafe { self.val.get_mut().assume_init_drop() };
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(e) => e.into_inner().take(),
            };
            if let Some(f) = taken {
                f()
            } else {
                panic!("Lazy poisoned: init panicked before")
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
