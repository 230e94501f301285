// learner: optimal
// idiom: embedded-style state byte (AtomicU8 EMPTY/READY constants), Mutex<()> slow path, UnsafeCell<Option<T>>
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, PoisonError};

const EMPTY: u8 = 0;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    lock: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written only while `lock` is held and `state` is EMPTY;
// after `state` is stored READY (Release) it is never written again, only read
// by threads that loaded READY (Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { state: AtomicU8::new(EMPTY), lock: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) != READY {
            return None;
        }
        // SAFETY: READY observed with Acquire, slot is frozen.
        unsafe { (*self.slot.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.state.load(Ordering::Acquire) == READY {
            return unsafe { (*self.slot.get()).as_ref().unwrap_unchecked() };
        }
        let guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if self.state.load(Ordering::Acquire) != READY {
            let v = init();
            // SAFETY: we hold the lock and state is not READY: nobody reads slot.
            unsafe { *self.slot.get() = Some(v) };
            self.state.store(READY, Ordering::Release);
        }
        drop(guard);
        unsafe { (*self.slot.get()).as_ref().unwrap_unchecked() }
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
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
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
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
