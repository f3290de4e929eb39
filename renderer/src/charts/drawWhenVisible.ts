/**
 * Charts out of view are drawn when they scroll in: most of the panel stack is below the fold,
 * and drawing (or even making) every chart on each result cost more than the visible ones.
 */
import { onBeforeUnmount, onMounted, type Ref } from 'vue';

/**
 * Watches `target` and calls `draw` when it comes into view with a draw pending. Returns
 * `shouldDraw()`, for the start of `draw`: true when the chart is on screen (draw now), false when
 * it is not (the draw is remembered for when it is).
 */
export function useDrawWhenVisible(target: Ref<Element | null>, draw: () => void): () => boolean {
  let visible = false;
  let pending = true;
  let observer: IntersectionObserver | null = null;
  onMounted(() => {
    observer = new IntersectionObserver((entries) => {
      visible = entries.some((e) => e.isIntersecting);
      if (visible && pending) draw();
    });
    observer.observe(target.value!);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return () => {
    pending = !visible;
    return visible;
  };
}
