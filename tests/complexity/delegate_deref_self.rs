// `(**self).call(..)` in `impl Client for &mut C` calls the pointee's own
// impl: a delegation, not a recursion.
// expect &mut C::call: time O(1), space O(1)
// target &mut C::call: time O(1), space O(1)
pub trait Client {
    fn call(&mut self, request: &str) -> u32;
}

impl<C: Client + ?Sized> Client for &mut C {
    fn call(&mut self, request: &str) -> u32 {
        (**self).call(request)
    }
}
